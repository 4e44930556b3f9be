using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using VetCrm.Data;
using VetCrm.Data.Seeding;

namespace VetCrm.Api.Seeding;

/// <summary>Fills an empty dev database with a realistic hospital, once (skipped when any pet exists).</summary>
public sealed class DemoDataSeeder(VetCrmDbContext db, TimeProvider time, IOptions<SeedOptions> options, ILogger<DemoDataSeeder> logger)
{
    public async Task SeedIfEnabledAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (!settings.DemoData || await db.Pets.AnyAsync(cancellationToken)) return;
        var seed = new SeedData(db, time);
        var staff = await seed.CreateStaffAsync(settings.DemoPassword, specialistsPerService: 2, coordinators: 3, clientCare: 3, prefix: "", cancellationToken);
        await seed.DemoAsync(staff, settings.DemoPets, cancellationToken);
        await new DemoScores(db, time).AddAsync(cancellationToken);
        await new DemoTasks(db, time).AddAsync(staff, cancellationToken);
        await new DemoMessages(db, time).AddAsync(staff, cancellationToken);
        logger.LogInformation("Seeded demo data: {Staff} staff (password from Seed:DemoPassword), {Pets} pets. Staff user names: {UserNames}",
            staff.Count, settings.DemoPets, string.Join(", ", staff.Select(s => $"{s.UserName} ({s.Role})")));
    }
}
