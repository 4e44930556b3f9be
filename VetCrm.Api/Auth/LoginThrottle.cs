using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace VetCrm.Api.Auth;

/// <summary>
/// Slows down password guessing without letting a stranger lock anyone out: failures count per (account, client), and
/// a client that keeps failing on an account waits longer each time (exponential backoff); the owner, logging in
/// from another client, is not affected and no session is voided. Failures for an account from all clients together
/// have a budget too (ASP.NET Core's sliding-window limiter), which stops a distributed guess but again only holds
/// back clients that have failed on that account. Unknown names are throttled alike, so the answers do not tell
/// whether an account exists. Kept per API replica.
/// </summary>
public sealed class LoginThrottle : IDisposable
{
    private readonly Dictionary<(string Account, string Client), Failures> failures = new();
    private readonly PartitionedRateLimiter<string> accountBudget;
    private readonly AccountLimits limits;
    private readonly TimeProvider time;

    public LoginThrottle(IOptions<AccountLimits> options, TimeProvider time)
    {
        limits = options.Value;
        this.time = time;
        accountBudget = PartitionedRateLimiter.Create<string, string>(account => RateLimitPartition.GetSlidingWindowLimiter(account, _ => new SlidingWindowRateLimiterOptions
        {
            PermitLimit = limits.FailuresPerAccount,
            Window = limits.AccountWindow,
            SegmentsPerWindow = 5,
            QueueLimit = 0,
        }), StringComparer.Ordinal);
    }

    private sealed record Failures(int Count, DateTimeOffset Last, DateTimeOffset WaitUntil);

    /// <summary>
    /// Starts a login attempt: null when this client may try this account now (the attempt counts as a failure until
    /// <see cref="Succeeded"/>, so a burst of parallel guesses cannot slip through before the first failure is
    /// counted), else how long it must wait.
    /// </summary>
    public TimeSpan? Attempt(string account, string client)
    {
        var key = (Normalize(account), client);
        var now = time.GetUtcNow();
        lock (failures)
        {
            if (failures.TryGetValue(key, out var failed) && now - failed.Last > limits.LongestBackoff) failed = null;
            if (failed is not null && failed.WaitUntil > now) return failed.WaitUntil - now;
            if (failed is not null && accountBudget.GetStatistics(key.Item1)?.CurrentAvailablePermits <= 0) return limits.FirstBackoff;
            failures[key] = Next(failed?.Count ?? 0, now);
            if (failures.Count > 100_000) Forget(now);
        }
        return null;
    }

    /// <summary>A wrong password (or unknown name): spends one of the account's failures for all clients together.</summary>
    public void Failed(string account)
    {
        using var _ = accountBudget.AttemptAcquire(Normalize(account));
    }

    public void Succeeded(string account, string client)
    {
        lock (failures) failures.Remove((Normalize(account), client));
    }

    private Failures Next(int previousCount, DateTimeOffset now)
    {
        var count = previousCount + 1;
        var over = count - limits.FailuresBeforeBackoff;
        var wait = over < 0 ? TimeSpan.Zero
            : TimeSpan.FromTicks(Math.Min(limits.LongestBackoff.Ticks, limits.FirstBackoff.Ticks * (1L << Math.Min(over, 20))));
        return new Failures(count, now, now + wait);
    }

    /// <summary>Drops the entries whose backoff ran out long ago, so that a flood of names cannot grow memory without end.</summary>
    private void Forget(DateTimeOffset now)
    {
        foreach (var (key, failed) in failures)
        {
            if (now - failed.Last > limits.LongestBackoff) failures.Remove(key);
        }
    }

    private static string Normalize(string account) => account.Trim().ToUpperInvariant();

    public void Dispose() => accountBudget.Dispose();
}
