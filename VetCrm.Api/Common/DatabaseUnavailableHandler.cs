using Microsoft.AspNetCore.Diagnostics;

namespace VetCrm.Api.Common;

/// <summary>
/// A transient database failure (connection lost, server restarting, timeout) is 503 with <c>Retry-After</c>:
/// the same request a moment later is expected to succeed. Other database errors stay 500.
/// </summary>
public sealed class DatabaseUnavailableHandler(IProblemDetailsService problemDetails) : IExceptionHandler
{
    public const int RetryAfterSeconds = 1;

    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (!IsTransient(exception)) return false;
        httpContext.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        httpContext.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails =
            {
                Status = StatusCodes.Status503ServiceUnavailable,
                Title = "Database unavailable",
                Detail = "The database could not be reached for a moment; try again shortly.",
            },
        });
    }

    public static bool IsTransient(Exception? exception)
    {
        for (; exception is not null; exception = exception.InnerException)
        {
            if (exception is Npgsql.NpgsqlException { IsTransient: true }) return true;
        }
        return false;
    }
}
