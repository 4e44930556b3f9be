using Microsoft.Extensions.Options;
using VetCrm.Data;
using VetCrm.Data.Seeding;

namespace VetCrm.Api.Seeding;

/// <summary>
/// <c>dotnet VetCrm.Api.dll seed-bulk 100000</c>: after migrating, writes N pets (each with 1 referral, 1 plan and
/// 3 interaction logs) and 20 staff with binary COPY, then exits. For benchmarks; staff passwords are
/// Seed:DemoPassword.
/// </summary>
public static class BulkSeedCommand
{
    public static async Task<bool> TryRunAsync(WebApplication app, string[] args)
    {
        if (args.Length < 2 || args[0] != "seed-bulk") return false;
        if (!int.TryParse(args[1], out var pets) || pets < 1) throw new ArgumentException("Usage: seed-bulk <number of pets>");
        await using var scope = app.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var started = TimeProvider.System.GetTimestamp();
        await new SeedData(services.GetRequiredService<VetCrmDbContext>(), services.GetRequiredService<TimeProvider>())
            .BulkAsync(pets, services.GetRequiredService<IOptions<SeedOptions>>().Value.DemoPassword, app.Lifetime.ApplicationStopping);
        app.Logger.LogInformation("Bulk-seeded {Pets} pets in {Elapsed}.", pets, TimeProvider.System.GetElapsedTime(started));
        return true;
    }
}
