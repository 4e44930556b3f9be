using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Logging;

namespace VetCrm.Hosting.Orchestration;

/// <summary>
/// The folder a run keeps its data, generated secrets and pid files in. A dev run uses one folder per checkout that
/// survives restarts; test runs each get a fresh folder under one shared root and delete it when done. Either way a
/// run that was killed is cleaned up by the next start: the pid files it left name the processes to stop.
/// </summary>
internal sealed class StateDirectory
{
    private const string OwnerFile = "owner.pid";
    private static readonly string TestRunsRoot = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "vetcrm-runs");

    private StateDirectory(string path, bool ephemeral)
    {
        Path = path;
        Ephemeral = ephemeral;
    }

    public string Path { get; }
    public bool Ephemeral { get; }
    private string RunPath => System.IO.Path.Combine(Path, "run");

    public static StateDirectory Create(DistributedApplicationOptions options)
    {
        if (options.Ephemeral)
        {
            var name = $"{DateTime.UtcNow:yyyyMMddHHmmss}-{Guid.NewGuid().ToString("N")[..8]}";
            return new StateDirectory(options.StateDirectory ?? System.IO.Path.Combine(TestRunsRoot, name), ephemeral: true);
        }
        return new StateDirectory(options.StateDirectory ?? DefaultPersistentPath(options.ApplicationName), ephemeral: false);
    }

    /// <summary>Outside git and outside /root, so that the postgres user can reach the data folder.</summary>
    private static string DefaultPersistentPath(string applicationName)
    {
        var checkout = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(AppContext.BaseDirectory)))[..8];
        var root = NativeMethods.IsRoot
            ? "/var/lib/vetcrm"
            : System.IO.Path.Combine(Environment.GetEnvironmentVariable("XDG_STATE_HOME")
                ?? System.IO.Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".local", "state"), "vetcrm");
        return System.IO.Path.Combine(root, $"{applicationName}-{checkout}");
    }

    /// <summary>Creates the folder, claims it for this process, and stops whatever a killed earlier run left running.</summary>
    public void Open(ILogger logger)
    {
        SweepStaleRuns(logger);
        CreateTraversable(Path);
        Directory.CreateDirectory(RunPath);
        var owner = ReadOwner(Path);
        if (owner is { IsAlive: true } && owner.Value.Pid != Environment.ProcessId)
        {
            throw new DistributedApplicationException(
                $"Another AppHost (pid {owner.Value.Pid}) is running on the state directory {Path}; stop it first.");
        }
        File.WriteAllText(System.IO.Path.Combine(RunPath, OwnerFile), ProcessIdentity.Current.ToString());
    }

    /// <summary>Makes a folder every user can traverse (the postgres user must reach its data folder below it).</summary>
    public static void CreateTraversable(string path)
    {
        Directory.CreateDirectory(path);
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute
            | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute);
    }

    public void RecordProcess(string instance, int pid)
    {
        if (ProcessIdentity.Of(pid) is { } identity)
        {
            File.WriteAllText(PidFile(instance), identity.ToString());
        }
    }

    public void ForgetProcess(string instance) => File.Delete(PidFile(instance));

    /// <summary>Called when the run ends normally: releases the folder (and deletes it when ephemeral).</summary>
    public void Close()
    {
        if (Ephemeral)
        {
            TryDelete(Path);
        }
        else
        {
            File.Delete(System.IO.Path.Combine(RunPath, OwnerFile));
        }
    }

    private string PidFile(string instance) => System.IO.Path.Combine(RunPath, $"{instance}.pid");

    private void SweepStaleRuns(ILogger logger)
    {
        // Ephemeral runs live side by side in one root folder: a new run looks after the ones killed before it.
        var runsRoot = System.IO.Path.GetDirectoryName(Path)!;
        var candidates = Ephemeral
            ? Directory.Exists(runsRoot) ? Directory.GetDirectories(runsRoot) : []
            : Directory.Exists(Path) ? [Path] : Array.Empty<string>();
        foreach (var runFolder in candidates)
        {
            var owner = ReadOwner(runFolder);
            if (owner is { IsAlive: true })
            {
                continue;
            }
            var runPath = System.IO.Path.Combine(runFolder, "run");
            foreach (var pidFile in Directory.Exists(runPath) ? Directory.GetFiles(runPath, "*.pid") : [])
            {
                if (System.IO.Path.GetFileName(pidFile) != OwnerFile
                    && ProcessIdentity.Parse(File.ReadAllText(pidFile)) is { IsAlive: true } leftover)
                {
                    logger.LogWarning("Stopping {Process} (pid {Pid}) left running by an earlier run that was killed",
                        System.IO.Path.GetFileNameWithoutExtension(pidFile), leftover.Pid);
                    NativeMethods.ForceKill(leftover.Pid);
                }
                File.Delete(pidFile);
            }
            if (Ephemeral && runFolder != Path)
            {
                TryDelete(runFolder);
            }
        }
    }

    private static ProcessIdentity? ReadOwner(string folder)
    {
        var file = System.IO.Path.Combine(folder, "run", OwnerFile);
        return File.Exists(file) ? ProcessIdentity.Parse(File.ReadAllText(file)) : null;
    }

    private static void TryDelete(string path)
    {
        try { Directory.Delete(path, recursive: true); }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
    }
}

/// <summary>Generated secrets of a run, kept in the state directory (mode 600), never in the repository.</summary>
internal sealed class SecretStore(string path)
{
    private readonly Dictionary<string, string> _values =
        File.Exists(path) ? JsonSerializer.Deserialize<Dictionary<string, string>>(File.ReadAllText(path)) ?? [] : [];

    public string GetOrCreate(string name)
    {
        if (!_values.TryGetValue(name, out var value))
        {
            _values[name] = value = Generate();
            File.WriteAllText(path, JsonSerializer.Serialize(_values, new JsonSerializerOptions { WriteIndented = true }));
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
        return value;
    }

    private const string Lower = "abcdefghijkmnopqrstuvwxyz";
    private const string Upper = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    private const string Digits = "23456789";

    /// <summary>
    /// Letters and digits only, so the value is safe in connection strings and command lines; always with a lower-case
    /// letter, an upper-case letter and a digit, so it passes the usual password rules (Identity's among them).
    /// </summary>
    internal static string Generate()
    {
        char[] value =
        [
            .. RandomNumberGenerator.GetItems<char>(Lower + Upper + Digits, 21),
            RandomNumberGenerator.GetItems<char>(Lower, 1)[0],
            RandomNumberGenerator.GetItems<char>(Upper, 1)[0],
            RandomNumberGenerator.GetItems<char>(Digits, 1)[0],
        ];
        RandomNumberGenerator.Shuffle(value.AsSpan());
        return new string(value);
    }
}
