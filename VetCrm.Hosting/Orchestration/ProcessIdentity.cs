namespace VetCrm.Hosting.Orchestration;

/// <summary>
/// A process id plus its start time from /proc, so that a pid file left by a killed run is only acted on
/// while it still names the same process (pids are reused).
/// </summary>
internal readonly record struct ProcessIdentity(int Pid, long StartTicks)
{
    public static ProcessIdentity? Of(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            // The command name (field 2) may contain spaces and parentheses: parse after its closing ')'.
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            return new ProcessIdentity(pid, long.Parse(fields[19]));
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or FormatException or IndexOutOfRangeException)
        {
            return null;
        }
    }

    public static ProcessIdentity Current => Of(Environment.ProcessId) ?? new ProcessIdentity(Environment.ProcessId, 0);

    public bool IsAlive => Of(Pid) is { } now && now.StartTicks == StartTicks;

    public override string ToString() => $"{Pid} {StartTicks}";

    public static ProcessIdentity? Parse(string text)
    {
        var parts = text.Trim().Split(' ');
        return parts.Length == 2 && int.TryParse(parts[0], out var pid) && long.TryParse(parts[1], out var ticks)
            ? new ProcessIdentity(pid, ticks)
            : null;
    }
}
