using System.Linq.Expressions;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using VetCrm.Api.Access;
using VetCrm.Api.Audit;
using VetCrm.Api.Commands;
using VetCrm.Api.Common;
using VetCrm.Data;
using VetCrm.Data.Entities;
using VetCrm.Data.Records;

namespace VetCrm.Api.TreatmentPlans;

/// <summary>Reads of treatment plans within the caller's reach: one plan (a person's read is audited), lists, versions and their comparison.</summary>
public sealed class TreatmentPlanQueries(VetCrmDbContext db, CaseAccess access, AuditLog audit, TimeProvider time)
{
    private static readonly string[] ClinicalFields = ["diagnosisNotes", "medicationNotes"];

    private static readonly ListOrders<TreatmentPlan, TreatmentPlanView> Orders = new ListOrders<TreatmentPlan, TreatmentPlanView>("-updatedAt")
        .By("updatedAt", p => p.UpdatedAt, v => v.UpdatedAt)
        .By("createdAt", p => p.CreatedAt, v => v.CreatedAt)
        .By("planTitle", p => p.PlanTitle, v => v.PlanTitle);

    /// <param name="personalRead">A person opened the record (audited); false for a screen refreshing itself after a live event.</param>
    public Task<TreatmentPlanView?> GetAsync(Actor actor, Guid id, IReadOnlySet<string> includes, bool personalRead, CancellationToken cancellationToken) =>
        RecordReads.GetAsync(access.TreatmentPlans(actor), id, TreatmentPlanCommands.Views.For(actor, includes), view => TreatmentPlanCommands.WithActions(actor, view), RecordTypes.TreatmentPlan, actor, personalRead, audit, cancellationToken);

    public async Task<(Page<TreatmentPlanView>? Page, FieldErrors Errors)> ListAsync(Actor actor, TreatmentPlanListRequest request, CancellationToken cancellationToken)
    {
        var check = new FieldChecks();
        check.OptionalChoice("planStatus", request.PlanStatus, PlanStatuses.All);
        var review = check.OptionalChoice("review", request.Review, PlanReviews.States);
        if (check.Failed) return (null, check.Errors);
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var plans = access.TreatmentPlans(actor);
        if (request.Pet is { } pet) plans = plans.Where(p => p.PetId == pet);
        if (request.Referral is { } referral) plans = plans.Where(p => p.ReferralId == referral);
        if (request.PlanStatus is { } status) plans = plans.Where(p => p.PlanStatus == status);
        if (request.CreatedBy is { } createdBy) plans = plans.Where(p => p.CreatedByUserId == createdBy);
        if (request.ReviewDue == true || review == PlanReviews.Overdue) plans = plans.Where(PlanReviews.IsOverdue(today));
        if (review == PlanReviews.DueSoon) plans = plans.Where(PlanReviews.IsDueSoon(today));
        return await RecordLists.PageAsync(actor, plans, request, request.Archived, TreatmentPlanView.Includable, TreatmentPlanCommands.Views, Orders,
            TreatmentPlanCommands.WithActions, cancellationToken);
    }

    /// <summary>Every saved version of the plan, oldest first; null when the plan is out of reach.</summary>
    public async Task<Page<TreatmentPlanVersionView>?> VersionsAsync(Actor actor, Guid id, CancellationToken cancellationToken) =>
        await access.TreatmentPlans(actor).AnyAsync(p => p.Id == id, cancellationToken)
            ? new Page<TreatmentPlanVersionView>((await VersionsOfAsync(actor, [id], cancellationToken)).GetValueOrDefault(id) ?? [], null)
            : null;

    /// <summary>Two versions compared field by field; a refusal when the plan or a version is not there.</summary>
    public async Task<Outcome<TreatmentPlanVersionDiff>> DiffAsync(Actor actor, Guid id, int from, int to, CancellationToken cancellationToken)
    {
        if (!await access.TreatmentPlans(actor).AnyAsync(p => p.Id == id, cancellationToken)) return Refusal.NotFound(RecordTypes.TreatmentPlan.Name);
        var versions = (await VersionsOfAsync(actor, [id], cancellationToken, [from, to])).GetValueOrDefault(id) ?? [];
        var before = versions.FirstOrDefault(v => v.VersionNumber == from);
        var after = versions.FirstOrDefault(v => v.VersionNumber == to);
        if (before is null || after is null) return Refusal.NotFound($"version {(before is null ? from : to)} of this plan");
        var changes = new Dictionary<string, FieldChange>();
        foreach (var field in before.Snapshot.Select(p => p.Key).Union(after.Snapshot.Select(p => p.Key)))
        {
            if (field is "updatedAt" or "revision") continue;
            var a = before.Snapshot[field];
            var b = after.Snapshot[field];
            if (!JsonNode.DeepEquals(a, b)) changes[field] = new FieldChange(a?.DeepClone(), b?.DeepClone());
        }
        return new TreatmentPlanVersionDiff(from, to, changes);
    }

    /// <summary>
    /// Versions of plans the caller has already been shown to reach, oldest first, in one query; snapshots lose the
    /// clinical notes for readers who may not see them.
    /// </summary>
    public async Task<Dictionary<Guid, List<TreatmentPlanVersionView>>> VersionsOfAsync(Actor actor, Guid[] planIds, CancellationToken cancellationToken, int[]? numbers = null)
    {
        var query = db.TreatmentPlanVersions.AsNoTracking().Where(v => planIds.Contains(v.TreatmentPlanId));
        if (numbers is not null) query = query.Where(v => numbers.Contains(v.VersionNumber));
        var rows = await query.OrderBy(v => v.VersionNumber).Select(WithSaver).ToListAsync(cancellationToken);
        var clinical = CaseAccess.MayReadClinicalNotes(actor);
        return rows.GroupBy(r => r.Version.TreatmentPlanId).ToDictionary(g => g.Key, g => g.Select(r => VersionView(r, clinical)).ToList());
    }

    /// <summary>A saved version with its saver's names, so a list names people, not ids (none when the account was removed: its id stays).</summary>
    public sealed record SavedVersion(TreatmentPlanVersion Version, string? SaverUserName, string? SaverFullName);

    /// <summary>A version with its saver, to use inside a query (also in another record's projection).</summary>
    public Expression<Func<TreatmentPlanVersion, SavedVersion>> WithSaver => v => new SavedVersion(v,
        db.Users.Where(u => u.Id == v.SavedById).Select(u => u.UserName).FirstOrDefault(),
        db.Users.Where(u => u.Id == v.SavedById).Select(u => u.FullName).FirstOrDefault());

    /// <summary>A saved version as its reader may see it: without the clinical notes for those who may not read them.</summary>
    public static TreatmentPlanVersionView VersionView(SavedVersion row, bool clinical)
    {
        var v = row.Version;
        var snapshot = JsonNode.Parse(v.Snapshot.RootElement.GetRawText())!.AsObject();
        if (!clinical) foreach (var field in ClinicalFields) snapshot.Remove(field);
        var changed = clinical ? v.ChangedFields : v.ChangedFields.Except(ClinicalFields).ToArray();
        var savedBy = v.SavedById is { } by ? new VersionSaverView(by, row.SaverUserName, row.SaverFullName) : null;
        return new TreatmentPlanVersionView(v.VersionNumber, savedBy, v.SavedAt, changed, snapshot);
    }
}
