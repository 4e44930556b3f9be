using System.Diagnostics;
using System.Runtime.InteropServices;

namespace VetCrm.Hosting.Orchestration;

/// <summary>What to run: program, arguments, folder, environment, and the signal that asks it to stop gracefully.</summary>
internal sealed record ProcessSpec(
    string FileName,
    IReadOnlyList<string> Arguments,
    string WorkingDirectory,
    IReadOnlyDictionary<string, string> Environment,
    PosixSignal StopSignal = PosixSignal.SIGTERM);

/// <summary>A child process with its output captured line by line and a graceful-then-forced stop.</summary>
internal sealed class ManagedProcess
{
    private readonly Process _process;
    private readonly ProcessSpec _spec;

    private ManagedProcess(Process process, ProcessSpec spec)
    {
        _process = process;
        _spec = spec;
        Exited = process.WaitForExitAsync().ContinueWith(_ => process.ExitCode, TaskScheduler.Default);
    }

    public int Id => _process.Id;

    /// <summary>Completes with the exit code when the process ends, however it ends.</summary>
    public Task<int> Exited { get; }

    public static ManagedProcess Start(ProcessSpec spec, Action<string, bool> onOutputLine)
    {
        // setsid gives the child its own session: Ctrl+C in the terminal reaches only the AppHost, which then stops
        // resources in reverse order instead of every process at once. (setsid execs in place: the pid stays the same.)
        var startInfo = new ProcessStartInfo("setsid")
        {
            WorkingDirectory = spec.WorkingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        startInfo.ArgumentList.Add(spec.FileName);
        foreach (var argument in spec.Arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }
        foreach (var (name, value) in spec.Environment)
        {
            startInfo.Environment[name] = value;
        }

        var process = new Process { StartInfo = startInfo, EnableRaisingEvents = true };
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) onOutputLine(e.Data, false); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) onOutputLine(e.Data, true); };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return new ManagedProcess(process, spec);
    }

    /// <summary>Sends the stop signal, waits up to <paramref name="grace"/>, then kills the process tree.</summary>
    public async Task StopAsync(TimeSpan grace)
    {
        if (Exited.IsCompleted)
        {
            return;
        }
        NativeMethods.SendSignal(Id, _spec.StopSignal);
        if (await Task.WhenAny(Exited, Task.Delay(grace)) != Exited)
        {
            _process.Kill(entireProcessTree: true);
            await Exited;
        }
    }
}

internal static partial class NativeMethods
{
    private const int SIGKILL = 9;

    [LibraryImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static partial int Kill(int pid, int signal);

    [LibraryImport("libc", EntryPoint = "geteuid")]
    public static partial uint GetEffectiveUserId();

    public static bool IsRoot => GetEffectiveUserId() == 0;

    public static void SendSignal(int pid, PosixSignal signal) => Kill(pid, ToNumber(signal));

    public static void ForceKill(int pid) => Kill(pid, SIGKILL);

    private static int ToNumber(PosixSignal signal) => signal switch
    {
        PosixSignal.SIGINT => 2,
        PosixSignal.SIGQUIT => 3,
        PosixSignal.SIGTERM => 15,
        _ => throw new ArgumentOutOfRangeException(nameof(signal), signal, "Unsupported stop signal."),
    };
}
