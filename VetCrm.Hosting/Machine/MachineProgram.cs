namespace Aspire.Hosting.ApplicationModel;

/// <summary>Finds the machine programs a local resource runs, or fails at once with the one line that says what to install.</summary>
public static class MachineProgram
{
    public const string InstallHint = "run scripts/install-prerequisites.sh as root, or";

    public static string Find(string program, string debianPackage, params IEnumerable<string> extraFolders)
    {
        var folders = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries).Concat(extraFolders);
        return folders.Select(folder => Path.Combine(folder, program)).FirstOrDefault(File.Exists)
            ?? throw new MissingMachineProgramException($"'{program}' was not found: {InstallHint} apt-get install -y {debianPackage}");
    }
}
