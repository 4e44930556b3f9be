namespace VetCrm.Hosting.Orchestration;

/// <summary>Finds the machine programs the resources run, or fails with the one line that says what to install.</summary>
internal static class Prerequisites
{
    public const string InstallHint = "run scripts/install-prerequisites.sh as root, or";

    public static string Find(string program, string debianPackage, params string[] extraFolders)
    {
        var folders = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries).Concat(extraFolders);
        return folders.Select(folder => Path.Combine(folder, program)).FirstOrDefault(File.Exists)
            ?? throw new MissingPrerequisiteException($"'{program}' was not found: {InstallHint} apt-get install -y {debianPackage}");
    }

    /// <summary>Debian keeps the PostgreSQL server programs off PATH, per major version.</summary>
    public static string[] PostgresBinFolders() =>
        Directory.Exists("/usr/lib/postgresql")
            ? [.. Directory.GetDirectories("/usr/lib/postgresql").OrderByDescending(d => int.TryParse(Path.GetFileName(d), out var v) ? v : 0).Select(d => Path.Combine(d, "bin"))]
            : [];
}

public sealed class MissingPrerequisiteException(string message) : Exception(message);
