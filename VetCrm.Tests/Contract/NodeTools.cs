using System.Diagnostics;

namespace VetCrm.Tests.Contract;

/// <summary>
/// The npm tools of <c>VetCrm.Tests/clients/openapi</c> (openapi-typescript, tsc, spectral, node): installed from the
/// committed lockfile with <c>npm ci</c> when missing, run with a deadline, their output kept for the assertion message.
/// </summary>
public static class NodeTools
{
    private static readonly TimeSpan InstallDeadline = TimeSpan.FromMinutes(5);
    private static readonly SemaphoreSlim InstallOnce = new(1, 1);

    /// <summary>The folder with package.json, found from the test binaries up to the repository root.</summary>
    public static string ClientDirectory { get; } = FindClientDirectory();

    public static async Task EnsureInstalledAsync()
    {
        await InstallOnce.WaitAsync();
        try
        {
            if (Directory.Exists(Path.Combine(ClientDirectory, "node_modules", ".bin"))) return;
            var install = await RunAsync("npm", ["ci", "--no-audit", "--no-fund", "--ignore-scripts"], InstallDeadline);
            Assert.True(install.ExitCode == 0, $"npm ci failed:\n{install.Output}");
        }
        finally
        {
            InstallOnce.Release();
        }
    }

    /// <summary>A tool from node_modules/.bin.</summary>
    public static Task<ToolRun> BinAsync(string tool, IEnumerable<string> arguments, TimeSpan deadline, IDictionary<string, string>? environment = null) =>
        RunAsync(Path.Combine(ClientDirectory, "node_modules", ".bin", tool), arguments, deadline, environment);

    public static async Task<ToolRun> RunAsync(string program, IEnumerable<string> arguments, TimeSpan deadline, IDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = ClientDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        foreach (var (name, value) in environment ?? new Dictionary<string, string>()) start.Environment[name] = value;
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(deadline);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} {string.Join(' ', start.ArgumentList)} did not finish within {deadline}.");
        }
        return new ToolRun(process.ExitCode, await stdout, await stderr);
    }

    private static string FindClientDirectory()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "VetCrm.Tests", "clients", "openapi");
            if (File.Exists(Path.Combine(candidate, "package.json"))) return candidate;
        }
        throw new DirectoryNotFoundException("VetCrm.Tests/clients/openapi not found above " + AppContext.BaseDirectory);
    }
}
