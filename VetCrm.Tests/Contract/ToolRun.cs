namespace VetCrm.Tests.Contract;

/// <summary>How a command-line tool finished: exit code and what it printed.</summary>
public sealed record ToolRun(int ExitCode, string StandardOutput, string StandardError)
{
    public string Output => $"exit {ExitCode}\n{StandardOutput}\n{StandardError}";
}
