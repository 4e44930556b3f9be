using VetCrm.Api.Access;
using VetCrm.Api.Audit;
using VetCrm.Api.Commands;
using VetCrm.Api.Common;
using VetCrm.Data.Entities;
using VetCrm.Data.Records;

namespace VetCrm.Api.Scores;

/// <summary>Reads of scores within the caller's reach: one score (a person's read is audited) and lists, oldest first for charts.</summary>
public sealed class ScoreQueries(ScoreAccess access, ScoreCommands commands, AuditLog audit)
{
    private static readonly ListOrders<ClinicalScore, ScoreView> Orders = new ListOrders<ClinicalScore, ScoreView>("scoreDate")
        .By("scoreDate", s => s.ScoreDate, v => v.ScoreDate)
        .By("createdAt", s => s.CreatedAt, v => v.CreatedAt);

    /// <param name="personalRead">A person opened the record (audited); false for a screen refreshing itself after a live event.</param>
    public Task<ScoreView?> GetAsync(Actor actor, Guid id, IReadOnlySet<string> includes, bool personalRead, CancellationToken cancellationToken) =>
        RecordReads.GetAsync(access.Scores(actor), id, ScoreCommands.Views.For(actor, includes), view => commands.WithActions(actor, view),
            RecordTypes.ClinicalScore, actor, personalRead, audit, cancellationToken);

    public async Task<(Page<ScoreView>? Page, FieldErrors Errors)> ListAsync(Actor actor, ScoreListRequest request, CancellationToken cancellationToken)
    {
        var check = new FieldChecks();
        if (request.From is { } from && request.To is { } to && to <= from) check.Add("to", "must be after from.");
        if (check.Failed) return (null, check.Errors);
        var scores = access.Scores(actor);
        if (request.Pet is { } pet) scores = scores.Where(s => s.PetId == pet);
        if (request.ScoreType is { } type) scores = scores.Where(s => s.ScoreTypeId == type);
        if (request.Referral is { } referral) scores = scores.Where(s => s.ReferralId == referral);
        if (request.RecordedBy is { } recordedBy) scores = scores.Where(s => s.RecordedById == recordedBy);
        if (request.From?.ToUniversalTime() is { } after) scores = scores.Where(s => s.ScoreDate >= after);
        if (request.To?.ToUniversalTime() is { } before) scores = scores.Where(s => s.ScoreDate < before);
        return await RecordLists.PageAsync(actor, scores, request, request.Archived, ScoreView.Includable, ScoreCommands.Views, Orders,
            commands.WithActions, cancellationToken);
    }
}
