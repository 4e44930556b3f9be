using Microsoft.EntityFrameworkCore;
using VetCrm.Api.Access;
using VetCrm.Api.Common;
using VetCrm.Data.Entities;

namespace VetCrm.Api.Interactions;

public sealed record InteractionListRequest(
    Guid? Pet, Guid? Referral, Guid? TreatmentPlan, Guid? User, string? InteractionType, bool? FollowUpNeeded, bool? Archived,
    string? Order, int? Limit, string? Cursor, string? Include) : IListRequest;

public static class InteractionEndpoints
{
    public static readonly RecordApi<InteractionLog, InteractionView> Api = new()
    {
        Kind = RecordKind.InteractionLog,
        EntityTypeName = "interactionLog",
        Includable = InteractionView.Includable,
        Fields = new FieldSet<InteractionLog>()
            .Reference("pet", required: true, (l, v) => l.PetId = v!.Value, notPatchableReason: "cannot change: a log stays on its pet's timeline.")
            .Reference("referral", required: false, (l, v) => l.ReferralId = v)
            .Reference("treatmentPlan", required: false, (l, v) => l.TreatmentPlanId = v)
            .Reference("user", required: false, (l, v) => { if (v is { } id) l.UserId = id; })
            .Choice("interactionType", InteractionTypes.All, required: true, (l, v) => l.InteractionType = v!)
            .Text("summary", 4000, required: true, (l, v) => l.Summary = v!)
            .Flag("followUpNeeded", required: true, (l, v) => l.FollowUpNeeded = v)
            .Instant("interactionAt", required: false, (l, v) => l.InteractionAt = v)
            .ServerManaged("archivedAt"),
        Visible = context => context.Access.InteractionLogs(context.Actor),
        Projection = (actor, include) => InteractionView.Projection(actor.Readable(include), CaseAccess.MayReadClinicalNotes(actor)),
        // Defaults: logged now, by whoever writes it.
        New = context => new InteractionLog
        {
            InteractionType = "", Summary = "", UserId = context.Actor.UserId, InteractionAt = context.Time.GetUtcNow(),
        },
        CheckReferences = async (context, log, mode, errors, cancellationToken) =>
        {
            if (mode == WriteMode.Create && !await context.Access.PetsForInteractions(context.Actor).AnyAsync(p => p.Id == log.PetId, cancellationToken))
                errors.Add("pet", "no pet with this id is within your reach (coordinators log on their own cases).");
            if (log.ReferralId is { } referral && !await context.Db.Referrals.AnyAsync(r => r.Id == referral && r.PetId == log.PetId, cancellationToken))
                errors.Add("referral", "must be a referral of this log's pet.");
            if (log.TreatmentPlanId is { } plan && !await context.Db.TreatmentPlans.AnyAsync(p => p.Id == plan && p.PetId == log.PetId, cancellationToken))
                errors.Add("treatmentPlan", "must be a treatment plan of this log's pet.");
            // The caller was just read as an existing user; only someone else's id needs a look.
            if (log.UserId != context.Actor.UserId && !await context.Db.Users.AnyAsync(u => u.Id == log.UserId, cancellationToken))
                errors.Add("user", "must reference an existing user.");
        },
        ForbiddenWrite = (actor, log) => CaseAccess.MayLogInteractionType(actor, log.InteractionType) ? null
            : $"Client care may log only these interaction types: {string.Join(", ", CaseAccess.ClientCareInteractionTypes)}.",
        Orders = new ListOrders<InteractionLog, InteractionView>("-interactionAt")
            .By("interactionAt", l => l.InteractionAt, v => v.InteractionAt)
            .By("createdAt", l => l.CreatedAt, v => v.CreatedAt),
    };

    public static IEndpointRouteBuilder MapInteractionEndpoints(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/interactions").WithTags("Interactions").RequireAuthorization(Auth.Policies.Staff);
        group.MapGet("/", ListAsync).WithSummary("Interaction logs; ?pet={id} gives one pet's timeline").Produces<Page<InteractionView>>().ProducesValidationProblem();
        Api.Map(group);
        return routes;
    }

    private static Task<IResult> ListAsync([AsParameters] InteractionListRequest request, RecordContext context, CancellationToken cancellationToken)
    {
        if (request.InteractionType is { } t && !InteractionTypes.All.Contains(t))
            return Task.FromResult<IResult>(Problems.Validation("interactionType", $"'{t}' is not one of: {string.Join(", ", InteractionTypes.All)}."));
        return Api.ListAsync(context, request, request.Archived, logs =>
        {
            if (request.Pet is { } pet) logs = logs.Where(l => l.PetId == pet);
            if (request.Referral is { } referral) logs = logs.Where(l => l.ReferralId == referral);
            if (request.TreatmentPlan is { } plan) logs = logs.Where(l => l.TreatmentPlanId == plan);
            if (request.User is { } user) logs = logs.Where(l => l.UserId == user);
            if (request.InteractionType is { } type) logs = logs.Where(l => l.InteractionType == type);
            if (request.FollowUpNeeded is { } followUp) logs = logs.Where(l => l.FollowUpNeeded == followUp);
            return logs;
        }, cancellationToken);
    }
}
