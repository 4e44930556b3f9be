using VetCrm.Api.Access;
using VetCrm.Api.Audit;
using VetCrm.Api.Commands;
using VetCrm.Api.Common;
using VetCrm.Data.Entities;
using VetCrm.Data.Records;

namespace VetCrm.Api.Interactions;

/// <summary>Reads of interaction logs within the caller's reach: one log (a person's read is audited) and timelines.</summary>
public sealed class InteractionQueries(CaseAccess access, AuditLog audit)
{
    private static readonly ListOrders<InteractionLog, InteractionView> Orders = new ListOrders<InteractionLog, InteractionView>("-interactionAt")
        .By("interactionAt", l => l.InteractionAt, v => v.InteractionAt)
        .By("createdAt", l => l.CreatedAt, v => v.CreatedAt);

    /// <param name="personalRead">A person opened the record (audited); false for a screen refreshing itself after a live event.</param>
    public Task<InteractionView?> GetAsync(Actor actor, Guid id, IReadOnlySet<string> includes, bool personalRead, CancellationToken cancellationToken) =>
        RecordReads.GetAsync(access.InteractionLogs(actor), id, InteractionCommands.Views.For(actor, includes), view => InteractionCommands.WithActions(actor, view), RecordTypes.InteractionLog, actor, personalRead, audit, cancellationToken);

    public async Task<(Page<InteractionView>? Page, FieldErrors Errors)> ListAsync(Actor actor, InteractionListRequest request, CancellationToken cancellationToken)
    {
        var check = new FieldChecks();
        check.OptionalChoice("interactionType", request.InteractionType, InteractionTypes.All);
        if (check.Failed) return (null, check.Errors);
        var logs = access.InteractionLogs(actor);
        if (request.Pet is { } pet) logs = logs.Where(l => l.PetId == pet);
        if (request.Referral is { } referral) logs = logs.Where(l => l.ReferralId == referral);
        if (request.TreatmentPlan is { } plan) logs = logs.Where(l => l.TreatmentPlanId == plan);
        if (request.User is { } user) logs = logs.Where(l => l.UserId == user);
        if (request.InteractionType is { } type) logs = logs.Where(l => l.InteractionType == type);
        if (request.FollowUpNeeded is { } followUp) logs = logs.Where(l => l.FollowUpNeeded == followUp);
        return await RecordLists.PageAsync(actor, logs, request, request.Archived, InteractionView.Includable, InteractionCommands.Views, Orders,
            InteractionCommands.WithActions, cancellationToken);
    }
}
