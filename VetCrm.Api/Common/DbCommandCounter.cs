using System.Data.Common;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace VetCrm.Api.Common;

/// <summary>
/// Counts the SQL commands and their time per request and reports them in a standard <c>Server-Timing</c> header
/// (<c>db;desc="2 commands";dur=3.4</c>): a client, a benchmark or a test can see that a list with includes is one
/// round trip (plus the per-request actor lookup) without access to the server's logs.
/// </summary>
public sealed class DbCommandCounter(IHttpContextAccessor accessor) : DbCommandInterceptor
{
    private sealed class RequestDbStats
    {
        public int Commands;
        public long Ticks;
    }

    public static void Use(IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var stats = new RequestDbStats();
        context.Features.Set(stats);
        context.Response.OnStarting(() =>
        {
            var milliseconds = Stopwatch.GetElapsedTime(0, Volatile.Read(ref stats.Ticks)).TotalMilliseconds;
            context.Response.Headers.Append("Server-Timing",
                FormattableString.Invariant($"db;desc=\"{Volatile.Read(ref stats.Commands)} commands\";dur={milliseconds:F1}"));
            return Task.CompletedTask;
        });
        await next(context);
    });

    public override DbDataReader ReaderExecuted(DbCommand command, CommandExecutedEventData eventData, DbDataReader result) =>
        Count(eventData, result);

    public override ValueTask<DbDataReader> ReaderExecutedAsync(DbCommand command, CommandExecutedEventData eventData, DbDataReader result, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Count(eventData, result));

    public override object? ScalarExecuted(DbCommand command, CommandExecutedEventData eventData, object? result) => Count(eventData, result);

    public override ValueTask<object?> ScalarExecutedAsync(DbCommand command, CommandExecutedEventData eventData, object? result, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Count(eventData, result));

    public override int NonQueryExecuted(DbCommand command, CommandExecutedEventData eventData, int result) => Count(eventData, result);

    public override ValueTask<int> NonQueryExecutedAsync(DbCommand command, CommandExecutedEventData eventData, int result, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Count(eventData, result));

    private T Count<T>(CommandExecutedEventData eventData, T result)
    {
        if (accessor.HttpContext?.Features.Get<RequestDbStats>() is { } stats)
        {
            Interlocked.Increment(ref stats.Commands);
            Interlocked.Add(ref stats.Ticks, (long)(eventData.Duration.TotalSeconds * Stopwatch.Frequency));
        }
        return result;
    }
}
