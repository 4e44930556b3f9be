using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using VetCrm.Data.Auditing;
using VetCrm.Data.Live;
using VetCrm.Data.Querying;
using VetCrm.Data.Saving;

namespace VetCrm.Data;

/// <summary>
/// What runs when a change is saved, in this order, inside the same SaveChanges and so the same transaction:
/// <list type="number">
/// <item><see cref="TimestampInterceptor"/> stamps createdAt/updatedAt/createdBy and cuts instants to what the database keeps;</item>
/// <item><see cref="PlanVersionInterceptor"/> numbers the plan's revision and snapshots it (with the stamped times);</item>
/// <item><see cref="AuditInterceptor"/> writes the audit entry of each changed record (after the revision, which it leaves out);</item>
/// <item><see cref="LiveEventInterceptor"/> writes the outbox rows the live channel publishes after commit;</item>
/// <item><see cref="SingleBatchInsertInterceptor"/> sends a save that only adds rows as one batch without BEGIN … COMMIT
/// (one round trip), now that every row of it is known;</item>
/// <item><see cref="OutboxWakeUpInterceptor"/> tells the host's dispatcher, once those rows are committed.</item>
/// </list>
/// Status history is not here: the command that moves a status adds its row, with the reason, to the same save.
/// <see cref="LimitLiteralInterceptor"/> rewrites query SQL and is independent of the order.
/// </summary>
public static class SavePipeline
{
    /// <summary>Registers the interceptors in pipeline order; EF Core runs them in the order they are resolved.</summary>
    public static IServiceCollection AddSavePipeline(this IServiceCollection services)
    {
        services.AddSingleton<IInterceptor, TimestampInterceptor>();
        services.AddSingleton<IInterceptor, PlanVersionInterceptor>();
        services.AddSingleton<IInterceptor, AuditInterceptor>();
        services.AddSingleton<IInterceptor, LiveEventInterceptor>();
        services.AddSingleton<IInterceptor, SingleBatchInsertInterceptor>();
        services.AddSingleton<IInterceptor, OutboxWakeUpInterceptor>();
        services.AddSingleton<IInterceptor, LimitLiteralInterceptor>();
        return services;
    }
}
