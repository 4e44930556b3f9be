using VetCrm.Api.Analytics;
using VetCrm.Api.Appointments;
using VetCrm.Api.Audit;
using VetCrm.Api.Cases;
using VetCrm.Api.Interactions;
using VetCrm.Api.Pets;
using VetCrm.Api.Referrals;
using VetCrm.Api.Search;
using VetCrm.Api.TreatmentPlans;
using VetCrm.Api.Seeding;

namespace VetCrm.Api.Common;

public static class RecordServiceExtensions
{
    /// <summary>Services of the record endpoints: JSON, ProblemDetails for bad requests and an unreachable database, body size limit, seeding.</summary>
    public static IHostApplicationBuilder AddVetCrmRecords(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddProblemDetails();
        services.AddExceptionHandler<RequestExceptionHandler>();
        services.AddExceptionHandler<DatabaseUnavailableHandler>();
        // Let binding failures (malformed JSON, wrong types, oversized bodies) reach the handler above, which names the
        // problem, instead of an empty 400 outside Development.
        services.Configure<Microsoft.AspNetCore.Routing.RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        services.Configure<Microsoft.AspNetCore.Server.Kestrel.Core.KestrelServerOptions>(RequestExceptionHandler.LimitBodySize);
        services.ConfigureHttpJsonOptions(options => options.SerializerOptions.TypeInfoResolverChain.Insert(0, ApiJsonContext.Default));
        services.AddSingleton<Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor, DbCommandCounter>();
        services.AddScoped<AuditLog>();
        services.AddScoped<PetCommands>();
        services.AddScoped<PetQueries>();
        services.AddScoped<ReferralCommands>();
        services.AddScoped<ReferralQueries>();
        services.AddScoped<TreatmentPlanCommands>();
        services.AddScoped<TreatmentPlanQueries>();
        services.AddScoped<InteractionCommands>();
        services.AddScoped<InteractionQueries>();
        services.AddScoped<AppointmentCommands>();
        services.AddScoped<AppointmentQueries>();
        services.AddScoped<CaseQueries>();
        services.AddScoped<SearchQueries>();
        services.AddScoped<Users.UserQueries>();
        services.AddScoped<AuditQueries>();
        services.AddScoped<ReferralAnalyticsQueries>();
        services.AddOptions<SeedOptions>().Bind(builder.Configuration.GetSection(SeedOptions.Section));
        services.AddScoped<DemoDataSeeder>();
        return builder;
    }
}
