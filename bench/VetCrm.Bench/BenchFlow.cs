namespace VetCrm.Bench;

/// <summary>
/// One measured flow: a request wrk repeats (with a Lua <paramref name="Script"/> for anything but a plain GET) as the
/// user of <paramref name="Token"/>; <paramref name="ParseFlow"/> names Parse Server's run of the same flow and
/// <paramref name="Sql"/> what of its SQL pgbench also runs on its own. <paramref name="Refresh"/> rewrites
/// the script before each run, for changes that must carry the records' current versions.
/// </summary>
public sealed record BenchFlow(string Name, string Path, string Token, int Connections = 32, string? Script = null, string? ParseFlow = null, SqlCapture? Sql = null,
    Func<Task>? Refresh = null);
