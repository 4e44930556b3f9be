using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using VetCrm.Api.Access;
using VetCrm.Api.Common;
using VetCrm.Data.Entities;

namespace VetCrm.Api.TreatmentPlans;

/// <param name="ReviewDue">true: only plans whose nextReviewDate has passed.</param>
public sealed record TreatmentPlanListRequest(
    Guid? Pet, Guid? Referral, string? PlanStatus, Guid? CreatedBy, bool? ReviewDue, bool? Archived,
    string? Order, int? Limit, string? Cursor, string? Include) : IListRequest;

/// <summary>One saved version of a plan: number, who, when, what changed, and the plan as it was.</summary>
public sealed record TreatmentPlanVersionView(int VersionNumber, RecordRef? SavedBy, DateTimeOffset SavedAt, string[] ChangedFields, JsonObject Snapshot);

/// <summary>Two versions compared: each field that differs, with its value in <c>from</c> and in <c>to</c>.</summary>
public sealed record TreatmentPlanVersionDiff(int From, int To, Dictionary<string, FieldChange> Changes);

public sealed record FieldChange(JsonNode? Before, JsonNode? After);

public static class TreatmentPlanEndpoints
{
    private static readonly string[] ClinicalFields = ["diagnosisNotes", "medicationNotes"];

    public static readonly RecordApi<TreatmentPlan, TreatmentPlanView> Api = new()
    {
        Kind = RecordKind.TreatmentPlan,
        EntityTypeName = "treatmentPlan",
        Includable = TreatmentPlanView.Includable,
        Fields = new FieldSet<TreatmentPlan>()
            .Text("planTitle", 200, required: true, (p, v) => p.PlanTitle = v!)
            .Reference("pet", required: true, (p, v) => p.PetId = v!.Value, notPatchableReason: "cannot change: a plan stays with its pet.")
            .Reference("referral", required: true, (p, v) => p.ReferralId = v!.Value, notPatchableReason: "cannot change: a plan stays with its referral.")
            .Text("diagnosisNotes", 8000, required: true, (p, v) => p.DiagnosisNotes = v!)
            .Choice("planStatus", PlanStatuses.All, required: false, (p, v) => p.PlanStatus = v ?? PlanStatuses.Draft)
            .Date("nextReviewDate", required: false, (p, v) => p.NextReviewDate = v)
            .Text("medicationNotes", 8000, required: false, (p, v) => p.MedicationNotes = v)
            .Text("clientInstructions", 8000, required: true, (p, v) => p.ClientInstructions = v!)
            .ServerManaged("createdBy", "revision", "archivedAt"),
        Visible = context => context.Access.TreatmentPlans(context.Actor),
        Projection = (actor, include) => TreatmentPlanView.Projection(actor.Readable(include), CaseAccess.MayReadClinicalNotes(actor)),
        New = context => new TreatmentPlan
        {
            PlanTitle = "", DiagnosisNotes = "", ClientInstructions = "", PlanStatus = PlanStatuses.Draft, CreatedByUserId = context.Actor.UserId,
        },
        CheckReferences = async (context, plan, mode, errors, cancellationToken) =>
        {
            if (mode != WriteMode.Create) return;
            if (!await context.Access.Pets(context.Actor).AnyAsync(p => p.Id == plan.PetId, cancellationToken))
                errors.Add("pet", "no pet with this id is within your reach.");
            var referralPet = await context.Access.Referrals(context.Actor).Where(r => r.Id == plan.ReferralId)
                .Select(r => (Guid?)r.PetId).FirstOrDefaultAsync(cancellationToken);
            if (referralPet is null) errors.Add("referral", "no referral with this id is within your reach.");
            else if (referralPet != plan.PetId) errors.Add("referral", "belongs to another pet: a plan's pet must be the pet of its referral.");
        },
        // Plans have no prescribed workflow; any move to another status is allowed and recorded.
        Status = new StatusRule<TreatmentPlan>(PlanStatuses.All, p => p.PlanStatus, (p, v) => p.PlanStatus = v,
            (from, to) => from == to ? $"The plan is already '{to}'." : null),
        Orders = new ListOrders<TreatmentPlan, TreatmentPlanView>("-updatedAt")
            .By("updatedAt", p => p.UpdatedAt, v => v.UpdatedAt)
            .By("createdAt", p => p.CreatedAt, v => v.CreatedAt)
            .By("planTitle", p => p.PlanTitle, v => v.PlanTitle),
    };

    public static IEndpointRouteBuilder MapTreatmentPlanEndpoints(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/treatment-plans").WithTags("Treatment plans").RequireAuthorization(Auth.Policies.Staff);
        group.MapGet("/", ListAsync).WithSummary("Treatment plans").Produces<Page<TreatmentPlanView>>().ProducesValidationProblem();
        Api.Map(group);
        group.MapGet("/{id:guid}/versions", VersionsAsync).WithSummary("Every saved version of the plan, oldest first")
            .Produces<Page<TreatmentPlanVersionView>>().ProducesProblem(404);
        group.MapGet("/{id:guid}/versions/{from:int}/diff/{to:int}", DiffAsync).WithSummary("Compare two versions of the plan field by field")
            .Produces<TreatmentPlanVersionDiff>().ProducesProblem(404);
        return routes;
    }

    private static Task<IResult> ListAsync([AsParameters] TreatmentPlanListRequest request, RecordContext context, CancellationToken cancellationToken)
    {
        if (request.PlanStatus is { } s && !PlanStatuses.All.Contains(s))
            return Task.FromResult<IResult>(Problems.Validation("planStatus", $"'{s}' is not one of: {string.Join(", ", PlanStatuses.All)}."));
        var today = DateOnly.FromDateTime(context.Time.GetUtcNow().UtcDateTime);
        return Api.ListAsync(context, request, request.Archived, plans =>
        {
            if (request.Pet is { } pet) plans = plans.Where(p => p.PetId == pet);
            if (request.Referral is { } referral) plans = plans.Where(p => p.ReferralId == referral);
            if (request.PlanStatus is { } status) plans = plans.Where(p => p.PlanStatus == status);
            if (request.CreatedBy is { } createdBy) plans = plans.Where(p => p.CreatedByUserId == createdBy);
            if (request.ReviewDue == true) plans = plans.Where(p => p.NextReviewDate < today);
            return plans;
        }, cancellationToken);
    }

    private static async Task<IResult> VersionsAsync(Guid id, RecordContext context, CancellationToken cancellationToken)
    {
        if (!await Api.Visible(context).AnyAsync(p => p.Id == id, cancellationToken)) return Problems.NotFound("TreatmentPlan");
        var versions = await LoadVersionsAsync(context, id, null, cancellationToken);
        return TypedResults.Ok(new Page<TreatmentPlanVersionView>(versions, null));
    }

    private static async Task<IResult> DiffAsync(Guid id, int from, int to, RecordContext context, CancellationToken cancellationToken)
    {
        if (!await Api.Visible(context).AnyAsync(p => p.Id == id, cancellationToken)) return Problems.NotFound("TreatmentPlan");
        var versions = await LoadVersionsAsync(context, id, [from, to], cancellationToken);
        var before = versions.FirstOrDefault(v => v.VersionNumber == from);
        var after = versions.FirstOrDefault(v => v.VersionNumber == to);
        if (before is null || after is null) return Problems.NotFound($"Version {(before is null ? from : to)} of this plan");
        var changes = new Dictionary<string, FieldChange>();
        foreach (var field in before.Snapshot.Select(p => p.Key).Union(after.Snapshot.Select(p => p.Key)))
        {
            if (field is "updatedAt" or "revision") continue;
            var a = before.Snapshot[field];
            var b = after.Snapshot[field];
            if (!JsonNode.DeepEquals(a, b)) changes[field] = new FieldChange(a?.DeepClone(), b?.DeepClone());
        }
        return TypedResults.Ok(new TreatmentPlanVersionDiff(from, to, changes));
    }

    /// <summary>Versions of a plan; snapshots lose the clinical notes for readers who may not see them.</summary>
    private static async Task<List<TreatmentPlanVersionView>> LoadVersionsAsync(RecordContext context, Guid planId, int[]? numbers, CancellationToken cancellationToken)
    {
        var query = context.Db.TreatmentPlanVersions.AsNoTracking().Where(v => v.TreatmentPlanId == planId);
        if (numbers is not null) query = query.Where(v => numbers.Contains(v.VersionNumber));
        var rows = await query.OrderBy(v => v.VersionNumber).ToListAsync(cancellationToken);
        var clinical = CaseAccess.MayReadClinicalNotes(context.Actor);
        return rows.Select(v =>
        {
            var snapshot = JsonNode.Parse(v.Snapshot.RootElement.GetRawText())!.AsObject();
            if (!clinical) foreach (var field in ClinicalFields) snapshot.Remove(field);
            var changed = clinical ? v.ChangedFields : v.ChangedFields.Except(ClinicalFields).ToArray();
            return new TreatmentPlanVersionView(v.VersionNumber, v.SavedById is { } by ? new RecordRef(by) : null, v.SavedAt, changed, snapshot);
        }).ToList();
    }
}
