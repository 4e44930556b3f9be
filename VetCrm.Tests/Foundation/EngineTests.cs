using System.Diagnostics;
using VetCrm.Hosting;
using VetCrm.Hosting.Orchestration;
using VetCrm.Tests.Infrastructure;

namespace VetCrm.Tests.Foundation;

public sealed class EngineTests
{
    [Fact]
    public void A_missing_program_fails_with_one_line_naming_the_package_to_install()
    {
        var exception = Assert.Throws<MissingPrerequisiteException>(() => Prerequisites.Find("vetcrm-no-such-program", "vetcrm-no-such-package"));

        Assert.DoesNotContain('\n', exception.Message);
        Assert.Contains("apt-get install -y vetcrm-no-such-package", exception.Message);
    }

    [Fact]
    public void Generated_secrets_pass_the_usual_password_rules()
    {
        // A thousand of them: a rule met only by chance would fail here (it did once, as an admin password without a digit).
        for (var i = 0; i < 1000; i++)
        {
            var secret = SecretStore.Generate();
            Assert.Equal(24, secret.Length);
            Assert.Contains(secret, char.IsAsciiDigit);
            Assert.Contains(secret, char.IsAsciiLetterLower);
            Assert.Contains(secret, char.IsAsciiLetterUpper);
            Assert.All(secret, c => Assert.True(char.IsAsciiLetterOrDigit(c)));
        }
    }

    [Fact]
    public async Task A_start_stops_the_processes_a_killed_run_left_behind()
    {
        // A run that was killed: its owner is gone, but a process it started still runs and its pid file remains.
        // A runs folder of its own, so that stacks started by other tests meanwhile do not sweep it first.
        var runsRoot = Path.Combine(Path.GetTempPath(), $"vetcrm-engine-test-{Guid.NewGuid():N}");
        var killedRun = Path.Combine(runsRoot, $"killed-{Guid.NewGuid():N}");
        Directory.CreateDirectory(Path.Combine(killedRun, "run"));
        using var leftover = Process.Start(new ProcessStartInfo("sleep", "300") { UseShellExecute = false })!;
        var deadOwner = Process.Start(new ProcessStartInfo("true") { UseShellExecute = false })!;
        var deadOwnerIdentity = ProcessIdentity.Of(deadOwner.Id);
        await deadOwner.WaitForExitAsync();
        await File.WriteAllTextAsync(Path.Combine(killedRun, "run", "owner.pid"), $"{deadOwner.Id} {deadOwnerIdentity?.StartTicks ?? 1}");
        await File.WriteAllTextAsync(Path.Combine(killedRun, "run", "api.pid"), ProcessIdentity.Of(leftover.Id)!.Value.ToString());

        var builder = DistributedApplication.CreateBuilder([]);
        builder.Options.Ephemeral = true;
        builder.Options.StateDirectory = Path.Combine(runsRoot, "new-run");
        builder.Options.EchoResourceOutput = false;
        await using (var app = builder.Build())
        {
            await app.StartAsync();
        }

        await Poll.UntilAsync(() => leftover.HasExited, "the leftover process to be stopped", TimeSpan.FromSeconds(10));
        Assert.False(Directory.Exists(killedRun), "the killed run's folder is removed");
        Directory.Delete(runsRoot, recursive: true);
    }
}
