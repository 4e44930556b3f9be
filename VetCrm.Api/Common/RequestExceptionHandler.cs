using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Diagnostics;

namespace VetCrm.Api.Common;

/// <summary>
/// Turns the framework's request errors into ProblemDetails: an oversized body is 413, a body that cannot be bound
/// (malformed JSON, wrong types) or a parameter that cannot be bound is 400 naming the JSON path, the parameter, or the
/// body; anything else stays a 500 without internals.
/// </summary>
public sealed partial class RequestExceptionHandler(IProblemDetailsService problemDetails) : IExceptionHandler
{
    /// <summary>Largest request body accepted; larger ones get 413.</summary>
    public const long MaxRequestBodyBytes = 256 * 1024;

    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not Microsoft.AspNetCore.Http.BadHttpRequestException badRequest) return false;
        var json = badRequest.InnerException as JsonException;
        var status = badRequest.StatusCode;
        var detail = status == StatusCodes.Status413PayloadTooLarge
            ? $"The request body is larger than {MaxRequestBodyBytes / 1024} KB."
            : json is not null ? $"The body is not valid JSON for this request: {json.Message}" : badRequest.Message;
        httpContext.Response.StatusCode = status;
        var context = new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails = { Status = status, Title = status == 413 ? "Payload too large" : "Invalid request", Detail = detail },
        };
        if (status == StatusCodes.Status400BadRequest)
        {
            var field = json?.Path is { Length: > 2 } path ? path.TrimStart('$', '.')
                : json is null && BoundParameter().Match(badRequest.Message) is { Success: true } parameter ? JsonNamingPolicy.CamelCase.ConvertName(parameter.Groups["name"].Value)
                : "body";
            context.ProblemDetails.Extensions["errors"] = new Dictionary<string, string[]> { [field] = [json?.Message ?? badRequest.Message] };
        }
        return await problemDetails.TryWriteAsync(context);
    }

    /// <summary>
    /// The parameter the framework names when it cannot bind one, e.g. <c>Failed to bind parameter "Guid id" from "x".</c>;
    /// a member of an <c>[AsParameters]</c> record is named as declared (<c>"DateOnly? From"</c>), hence camelCased as the query has it.
    /// </summary>
    [GeneratedRegex(@"parameter ""(?:[^""]* )?(?<name>[^"" ]+)""")]
    private static partial Regex BoundParameter();

    public static void LimitBodySize(Microsoft.AspNetCore.Server.Kestrel.Core.KestrelServerOptions options) => options.Limits.MaxRequestBodySize = MaxRequestBodyBytes;
}
