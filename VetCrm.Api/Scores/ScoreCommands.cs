using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using VetCrm.Api.Access;
using VetCrm.Api.Commands;
using VetCrm.Api.Common;
using VetCrm.Data;
using VetCrm.Data.Entities;
using VetCrm.Data.Records;

namespace VetCrm.Api.Scores;

/// <summary>Changes to scores: record, correct (within the correction window), archive. HTTP-free: any interface calls these with the caller.</summary>
public sealed class ScoreCommands(VetCrmDbContext db, ScoreAccess access, ThresholdTasks thresholds, TimeProvider time, IOptions<ScoreOptions> options)
{
    private static readonly RecordType Type = RecordTypes.ClinicalScore;

    public static readonly ViewProjections<ClinicalScore, ScoreView> Views =
        new((actor, include) => ScoreView.Projection(CaseAccess.ReadableIncludes(actor, include)));

    public async Task<Outcome<ScoreView>> RecordAsync(Actor actor, CreateScoreRequest request, CancellationToken cancellationToken)
    {
        if (!ScoreAccess.MayRecord(actor)) return Refusal.Forbidden("Your role may not record scores (client care reads them).");
        var check = new FieldChecks();
        var score = new ClinicalScore
        {
            PetId = check.Reference("pet", request.Pet?.Id),
            ReferralId = request.Referral?.Id,
            ScoreTypeId = check.Reference("scoreType", request.ScoreType?.Id),
            ScoreDate = request.ScoreDate ?? time.GetUtcNow(),
            Value = request.Value,
            Category = check.Optional("category", request.Category, 40),
            Notes = check.Optional("notes", request.Notes, 2000),
            RecordedById = actor.UserId,
        };
        if (check.Failed) return Refusal.Invalid(check.Errors);
        if (!await access.Pets(actor).AnyAsync(p => p.Id == score.PetId, cancellationToken))
            check.Add("pet", "no pet with this id is within your reach (coordinators record on their own cases).");
        var type = await db.ScoreTypes.AsNoTracking().FirstOrDefaultAsync(t => t.Id == score.ScoreTypeId, cancellationToken);
        if (type is null) check.Add("scoreType", "no score type with this id.");
        else if (!type.Active) check.Add("scoreType", $"{type.Name} is no longer in use; an admin may reactivate it.");
        else await CheckAsync(score, type, check, cancellationToken);
        if (check.Failed) return Refusal.Invalid(check.Errors);
        db.ClinicalScores.Add(score);
        await thresholds.RaiseIfCrossedAsync(actor, score, type!, cancellationToken);
        return await RecordSave.SaveAsync(db, Type, cancellationToken) is { } conflict ? conflict : ViewOf(actor, score);
    }

    public async Task<Outcome<ScoreView>> PatchAsync(Actor actor, Guid id, PatchScoreRequest request, CancellationToken cancellationToken)
    {
        var score = await access.Scores(actor).FirstOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (score is null) return Refusal.NotFound(Type.Name);
        if (!ScoreAccess.MayRecord(actor)) return Refusal.Forbidden("Your role may not correct scores (client care reads them).");
        if (request.Version is not { } version) return Refusal.Invalid("version", "is required: send the version you last read, so a concurrent edit is not overwritten.");
        if (version != score.Version) return RecordSave.Stale(Type, score.Version);
        if (!MayStillCorrect(score)) return Refusal.Conflict(
            $"A score may be corrected within {options.Value.CorrectionWindow.TotalHours:0.#} hours of recording; this one stands as charted. Record a new score instead.", "createdAt");
        var check = new FieldChecks();
        if (request.ScoreDate.HasValue) score.ScoreDate = check.Required("scoreDate", request.ScoreDate.Value);
        if (request.Value.HasValue) score.Value = request.Value.Value;
        if (request.Category.HasValue) score.Category = check.Optional("category", request.Category.Value, 40);
        if (request.Notes.HasValue) score.Notes = check.Optional("notes", request.Notes.Value, 2000);
        if (request.Referral.HasValue) score.ReferralId = request.Referral.Value?.Id;
        var type = await db.ScoreTypes.AsNoTracking().SingleAsync(t => t.Id == score.ScoreTypeId, cancellationToken);
        if (!check.Failed) await CheckAsync(score, type, check, cancellationToken);
        if (check.Failed) return RecordSave.Discard(db, Refusal.Invalid(check.Errors));
        // A correction that crosses the threshold acts as a new score would; one that falls back leaves the raised task to its assignee.
        await thresholds.RaiseIfCrossedAsync(actor, score, type, cancellationToken);
        return await RecordSave.SaveAsync(db, Type, cancellationToken) is { } conflict ? conflict : ViewOf(actor, score);
    }

    public Task<Outcome<ScoreView>> ArchiveAsync(Actor actor, Guid id, CancellationToken cancellationToken) =>
        ArchiveCommand.ArchiveAsync(db, time, Type, access.Scores(actor), actor, id, record => ViewOf(actor, record), cancellationToken);

    public ScoreView WithActions(Actor actor, ScoreView view)
    {
        List<string> actions = [];
        if (ScoreAccess.MayRecord(actor) && time.GetUtcNow() - view.CreatedAt <= options.Value.CorrectionWindow) actions.Add(RecordActions.Update);
        if (CaseAccess.MayArchive(actor)) actions.Add(RecordActions.Archive);
        return view with { Value = ScoreNumbers.Plain(view.Value), AllowedActions = actions };
    }

    private bool MayStillCorrect(ClinicalScore score) => time.GetUtcNow() - score.CreatedAt <= options.Value.CorrectionWindow;

    private ScoreView ViewOf(Actor actor, ClinicalScore score) => WithActions(actor, Views.Of(actor, score));

    private async Task CheckAsync(ClinicalScore score, ScoreType type, FieldChecks check, CancellationToken cancellationToken)
    {
        ScoreValues.Check(type, score.Value, score.Category, check);
        if (score.ReferralId is { } referral && !await db.Referrals.AnyAsync(r => r.Id == referral && r.PetId == score.PetId, cancellationToken))
            check.Add("referral", "must be a referral of this score's pet.");
    }
}
