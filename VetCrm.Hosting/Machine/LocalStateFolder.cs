using System.Security.Cryptography;
using System.Text;

namespace Aspire.Hosting.ApplicationModel;

/// <summary>
/// Where a development run keeps data that survives restarts: one folder per checkout, outside git and outside /root
/// so that the postgres user can reach it.
/// </summary>
public static class LocalStateFolder
{
    public static string For(IDistributedApplicationBuilder builder)
    {
        var checkout = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(builder.AppHostDirectory)))[..8];
        var root = Environment.IsPrivilegedProcess
            ? "/var/lib/vetcrm"
            : Path.Combine(Environment.GetEnvironmentVariable("XDG_STATE_HOME")
                ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".local", "state"), "vetcrm");
        return Path.Combine(root, $"{builder.Environment.ApplicationName}-{checkout}");
    }

    /// <summary>Creates a folder every user can traverse (the postgres user must reach its data folder below it).</summary>
    public static void CreateTraversable(string path)
    {
        Directory.CreateDirectory(path);
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute
            | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute);
    }
}
