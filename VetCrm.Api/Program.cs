using Microsoft.AspNetCore.DataProtection;
using VetCrm.Api.Appointments;
using VetCrm.Api.Analytics;
using VetCrm.Api.Audit;
using VetCrm.Api.Auth;
using VetCrm.Api.Cases;
using VetCrm.Api.Common;
using VetCrm.Api.Equipment;
using VetCrm.Api.GraphQl;
using VetCrm.Api.Interactions;
using VetCrm.Api.Live;
using VetCrm.Api.Messaging;
using VetCrm.Api.Notifications;
using VetCrm.Api.OpenApi;
using VetCrm.Api.Pets;
using VetCrm.Api.Referrals;
using VetCrm.Api.Scores;
using VetCrm.Api.Search;
using VetCrm.Api.Seeding;
using VetCrm.Api.Status;
using VetCrm.Api.Tasks;
using VetCrm.Api.TreatmentPlans;
using VetCrm.Api.Users;
using VetCrm.Api.Webhooks;
using VetCrm.Data;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
// Requests fail fast on a transient database error (503 with Retry-After, see DatabaseUnavailableHandler) and the caller
// retries, instead of every query buffering its rows so that the server could retry it.
builder.AddVetCrmDbContext(settings => settings.DisableRetry = true);
builder.AddRedisClient("cache");
builder.AddVetCrmAuth();
builder.AddVetCrmRecords();
builder.AddVetCrmTasks();
builder.AddVetCrmScores();
builder.AddVetCrmEquipment();
builder.AddVetCrmMessaging();
builder.AddVetCrmNotifications();
builder.Services.AddVetCrmOpenApi();
builder.AddVetCrmLive();
builder.AddVetCrmGraphQl();
builder.AddVetCrmWebhooks();

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

app.UseForwardedHeaders();
// Everything under /api and the hub is clinical data or tokens: no-store. The playground and OpenAPI document may be cached.
app.UseVetCrmSecurityHeaders(contentSecurityPolicy: null,
    noStore: context => context.Request.Path.StartsWithSegments("/api") || context.Request.Path.StartsWithSegments(ClinicHub.Path));
DbCommandCounter.Use(app);
app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseQueryTextCheck();
app.UseCors();
app.UseAuthentication();
app.UseMiddleware<CurrentActorMiddleware>();
app.UseAuthorization();
app.UseMiddleware<DeclaredQueryParameters>();
app.UseRateLimiter();

app.MapDefaultEndpoints();
app.MapStatusEndpoints();
app.MapVetCrmOpenApi();
app.MapAuthEndpoints();
app.MapUserEndpoints();
app.MapPetApi();
app.MapReferralApi();
app.MapTreatmentPlanApi();
app.MapInteractionApi();
app.MapAppointmentApi();
app.MapTaskApi();
app.MapScoreTypeApi();
app.MapScoreApi();
app.MapEquipmentApi();
app.MapMessagingApi();
app.MapNotificationApi();
app.MapCaseApi();
app.MapSearchApi();
app.MapAuditEndpoints();
app.MapReferralAnalyticsEndpoints();
app.MapLiveEndpoints();
app.MapGraphQl();
app.MapWebhookApi();

app.Run();

public partial class Program;
