using System.Runtime.InteropServices;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging;

namespace VetCrm.Hosting.Orchestration;

/// <summary>What the runners of one run share.</summary>
internal sealed record RunContext(
    DistributedApplicationOptions Options,
    StateDirectory State,
    ResourceLoggerService Logs,
    ResourceNotificationService Notifications,
    TimeProvider Time,
    ILogger Logger);

/// <summary>Starts, stops and health-checks one <see cref="ResourceInstance"/>.</summary>
internal abstract class ResourceRunner(ResourceInstance instance, RunContext context)
{
    public ResourceInstance Instance { get; } = instance;
    protected RunContext Context { get; } = context;

    public abstract Task StartAsync(CancellationToken cancellationToken);
    public abstract Task StopAsync();
    public abstract Task<HealthCheckResult> CheckHealthAsync(CancellationToken cancellationToken);

    protected void SetState(ResourceState state, HealthStatus? health = null, string? error = null)
    {
        Instance.State = state;
        Instance.Health = health;
        Instance.Error = error;
        Context.Notifications.Publish(Instance);
    }
}

/// <summary>A runner whose instance is one child process.</summary>
internal abstract class ProcessRunner(ResourceInstance instance, RunContext context) : ResourceRunner(instance, context)
{
    private ManagedProcess? _process;
    private bool _stopping;

    /// <summary>Prepares whatever the process needs (folders, initdb) and says how to start it.</summary>
    protected abstract Task<ProcessSpec> PrepareAsync(CancellationToken cancellationToken);

    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        SetState(ResourceState.Starting);
        var spec = await PrepareAsync(cancellationToken);
        _stopping = false;
        var process = ManagedProcess.Start(spec, (line, isError) => Context.Logs.Write(Instance.Name, line, isError));
        _process = process;
        Context.State.RecordProcess(Instance.Name, process.Id);
        Instance.ProcessId = process.Id;
        Instance.StartedAt = Context.Time.GetUtcNow();
        Instance.StoppedAt = null;
        Instance.ExitCode = null;
        SetState(ResourceState.Running);
        _ = ObserveExitAsync(process);
    }

    private async Task ObserveExitAsync(ManagedProcess process)
    {
        var exitCode = await process.Exited;
        if (_stopping || !ReferenceEquals(process, _process))
        {
            return;
        }
        Context.State.ForgetProcess(Instance.Name);
        Instance.ExitCode = exitCode;
        Instance.StoppedAt = Context.Time.GetUtcNow();
        Context.Logger.LogWarning("{Resource} exited unexpectedly with code {ExitCode}", Instance.Name, exitCode);
        SetState(ResourceState.Exited, error: $"the process exited with code {exitCode}");
    }

    public override async Task StopAsync()
    {
        if (_process is not { } process || process.Exited.IsCompleted)
        {
            return;
        }
        _stopping = true;
        SetState(ResourceState.Stopping);
        await process.StopAsync(Context.Options.StopTimeout);
        Context.State.ForgetProcess(Instance.Name);
        Instance.ExitCode = await process.Exited;
        Instance.StoppedAt = Context.Time.GetUtcNow();
        SetState(ResourceState.Finished);
    }

    /// <summary>Runs a program of the machine as the <c>postgres</c> user when we are root (PostgreSQL refuses root).</summary>
    protected static (string FileName, IReadOnlyList<string> Arguments) AsUnprivilegedUser(string fileName, IReadOnlyList<string> arguments, string user) =>
        NativeMethods.IsRoot
            ? ("setpriv", [$"--reuid={user}", $"--regid={user}", "--init-groups", fileName, .. arguments])
            : (fileName, arguments);

    protected static ProcessSpec Spec(string fileName, IReadOnlyList<string> arguments, string workingDirectory,
        IReadOnlyDictionary<string, string>? environment = null, PosixSignal stopSignal = PosixSignal.SIGTERM) =>
        new(fileName, arguments, workingDirectory, environment ?? new Dictionary<string, string>(), stopSignal);
}
