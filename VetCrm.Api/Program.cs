using Microsoft.AspNetCore.DataProtection;
using VetCrm.Api.Audit;
using VetCrm.Api.Auth;
using VetCrm.Api.Common;
using VetCrm.Api.Interactions;
using VetCrm.Api.OpenApi;
using VetCrm.Api.Pets;
using VetCrm.Api.Referrals;
using VetCrm.Api.Seeding;
using VetCrm.Api.Status;
using VetCrm.Api.TreatmentPlans;
using VetCrm.Api.Users;
using VetCrm.Data;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddVetCrmDbContext();
builder.AddRedisClient("cache");
builder.AddVetCrmAuth();
builder.AddVetCrmRecords();
builder.Services.AddVetCrmOpenApi();

var app = builder.Build();

// Replicas starting together take turns: migrate, create the bootstrap accounts, create the shared data-protection key, seed.
await app.Services.RunExclusivelyAsync(async (services, cancellationToken) =>
{
    await services.MigrateDatabaseAsync(cancellationToken);
    await services.GetRequiredService<BootstrapAccounts>().EnsureAsync(cancellationToken);
    services.GetRequiredService<IDataProtectionProvider>().CreateProtector("startup").Protect("key ring");
    await services.GetRequiredService<DemoDataSeeder>().SeedIfEnabledAsync(cancellationToken);
}, app.Lifetime.ApplicationStopping);

if (await BulkSeedCommand.TryRunAsync(app, args)) return;

DbCommandCounter.Use(app);
app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseAuthentication();
app.UseMiddleware<CurrentActorMiddleware>();
app.UseAuthorization();

app.MapDefaultEndpoints();
app.MapStatusEndpoints();
app.MapVetCrmOpenApi();
app.MapAuthEndpoints();
app.MapUserEndpoints();
app.MapPetEndpoints();
app.MapReferralEndpoints();
app.MapTreatmentPlanEndpoints();
app.MapInteractionEndpoints();
app.MapAuditEndpoints();

app.Run();

public partial class Program;
