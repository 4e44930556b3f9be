using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using VetCrm.Data.Auditing;
using VetCrm.Data.Entities;

namespace VetCrm.Data.Saving;

/// <summary>Every save of a treatment plan bumps its revision and keeps a snapshot of it as that numbered version.</summary>
public sealed class PlanVersionInterceptor(IAuditActor actor, TimeProvider time) : BeforeSaveInterceptor
{
    protected override void BeforeSave(DbContext context)
    {
        var now = TimestampInterceptor.Stored(time.GetUtcNow());
        foreach (var saved in SavedRecord.In(context))
        {
            if (saved.Record is not TreatmentPlan plan) continue;
            plan.Revision++;
            context.Add(new TreatmentPlanVersion
            {
                TreatmentPlanId = plan.Id,
                VersionNumber = plan.Revision,
                Snapshot = JsonSerializer.SerializeToDocument(AuditValues.Snapshot(saved.Entry)),
                ChangedFields = saved.Changes.Keys.Select(JsonNamingPolicy.CamelCase.ConvertName).ToArray(),
                SavedById = actor.UserId,
                SavedAt = now,
            });
        }
    }
}
