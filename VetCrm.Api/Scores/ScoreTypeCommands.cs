using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using VetCrm.Api.Access;
using VetCrm.Api.Commands;
using VetCrm.Data;
using VetCrm.Data.Auditing;
using VetCrm.Data.Entities;
using VetCrm.Data.Saving;

namespace VetCrm.Api.Scores;

/// <summary>
/// Admins add and change score types without a release. A type in use keeps what its recorded scores need: its kind,
/// a range and step that hold every recorded value, and every recorded category. Deactivating a type stops new scores
/// and keeps the old ones. Each change is audited in the same save. HTTP-free.
/// </summary>
public sealed class ScoreTypeCommands(VetCrmDbContext db, TimeProvider time, IAuditActor auditActor)
{
    public const string EntityType = AuditedTypes.ScoreType;

    public async Task<Outcome<ScoreTypeView>> CreateAsync(Actor actor, CreateScoreTypeRequest request, CancellationToken cancellationToken)
    {
        if (!actor.IsAdmin) return Refusal.Forbidden("Only an admin may add score types.");
        var check = new FieldChecks();
        var type = new ScoreType
        {
            Code = check.Required("code", request.Code, 40),
            Name = check.Required("name", request.Name, 120),
            Kind = check.Choice("kind", request.Kind, ScoreKinds.All),
            MinValue = request.Min,
            MaxValue = request.Max,
            Step = request.Step,
            Unit = check.Optional("unit", request.Unit, 20),
            Categories = ScoreTypeRules.Trimmed(request.Categories),
            Description = check.Optional("description", request.Description, 1000),
            Active = request.Active ?? true,
        };
        ScoreTypeRules.Apply(type, request.Threshold, check);
        if (!check.Failed) ScoreTypeRules.Check(type, check);
        if (check.Failed) return Refusal.Invalid(check.Errors);
        type.CreatedAt = type.UpdatedAt = TimestampInterceptor.Stored(time.GetUtcNow());
        db.ScoreTypes.Add(type);
        Audit(AuditActions.Create, type);
        return await SaveAsync(cancellationToken) is { } conflict ? conflict : WithActions(actor, ScoreTypeView.From(type));
    }

    public async Task<Outcome<ScoreTypeView>> PatchAsync(Actor actor, Guid id, PatchScoreTypeRequest request, CancellationToken cancellationToken)
    {
        var type = await db.ScoreTypes.FirstOrDefaultAsync(t => t.Id == id, cancellationToken);
        if (type is null) return Refusal.NotFound(EntityType);
        if (!actor.IsAdmin) return Refusal.Forbidden("Only an admin may change score types.");
        if (request.Version is not { } version) return Refusal.Invalid("version", "is required: send the version you last read, so a concurrent edit is not overwritten.");
        if (version != type.Version) return RecordSave.Discard(db, Refusal.Conflict(
            $"This score type was changed by someone else since you read it (current version {type.Version}); read it again and reapply your change.", "version"));
        var check = new FieldChecks();
        if (request.Name.HasValue) type.Name = check.Required("name", request.Name.Value, 120);
        if (request.Kind.HasValue) type.Kind = check.Choice("kind", request.Kind.Value, ScoreKinds.All);
        if (request.Min.HasValue) type.MinValue = request.Min.Value;
        if (request.Max.HasValue) type.MaxValue = request.Max.Value;
        if (request.Step.HasValue) type.Step = request.Step.Value;
        if (request.Unit.HasValue) type.Unit = check.Optional("unit", request.Unit.Value, 20);
        if (request.Categories.HasValue) type.Categories = ScoreTypeRules.Trimmed(request.Categories.Value);
        if (request.Description.HasValue) type.Description = check.Optional("description", request.Description.Value, 1000);
        if (request.Active.HasValue) type.Active = check.Required("active", request.Active.Value);
        if (request.Threshold.HasValue) ScoreTypeRules.Apply(type, request.Threshold.Value, check);
        if (!check.Failed) ScoreTypeRules.Check(type, check);
        if (check.Failed) return RecordSave.Discard(db, Refusal.Invalid(check.Errors));
        if (await RecordedScoresRefuseAsync(type, cancellationToken) is { } inUse) return RecordSave.Discard(db, inUse);
        type.UpdatedAt = TimestampInterceptor.Stored(time.GetUtcNow());
        Audit(AuditActions.Update, type);
        return await SaveAsync(cancellationToken) is { } conflict ? conflict : WithActions(actor, ScoreTypeView.From(type));
    }

    /// <summary>The view as the caller gets it: its numbers plain, and <c>update</c> for admins.</summary>
    public static ScoreTypeView WithActions(Actor actor, ScoreTypeView view) => view with
    {
        Min = ScoreNumbers.Plain(view.Min), Max = ScoreNumbers.Plain(view.Max), Step = ScoreNumbers.Plain(view.Step),
        Threshold = view.Threshold is { } t ? t with { AtLeast = ScoreNumbers.Plain(t.AtLeast), AtMost = ScoreNumbers.Plain(t.AtMost) } : null,
        AllowedActions = actor.IsAdmin ? [RecordActions.Update] : [],
    };

    /// <summary>A change that would leave a recorded score outside its type is refused (409), naming the field that would.</summary>
    private async Task<Refusal?> RecordedScoresRefuseAsync(ScoreType type, CancellationToken cancellationToken)
    {
        var entry = db.Entry(type);
        bool Changed(string property) => entry.Property(property).IsModified && !Equals(entry.Property(property).OriginalValue, entry.Property(property).CurrentValue)
            || property == nameof(ScoreType.Categories) && !((string[])entry.Property(property).OriginalValue!).SequenceEqual(type.Categories);
        var shapeChanged = new[] { nameof(ScoreType.Kind), nameof(ScoreType.MinValue), nameof(ScoreType.MaxValue), nameof(ScoreType.Step), nameof(ScoreType.Categories) }.Any(Changed);
        if (!shapeChanged) return null;
        var scores = db.ClinicalScores.Where(s => s.ScoreTypeId == type.Id);
        if (!await scores.AnyAsync(cancellationToken)) return null;
        const string InUse = "Scores of this type are recorded";
        if (Changed(nameof(ScoreType.Kind))) return Refusal.Conflict($"{InUse}: its kind cannot change. Add a new type instead.", "kind");
        if (type.Kind == ScoreKinds.Categorical)
        {
            var categories = type.Categories;
            var missing = await scores.Where(s => !categories.Contains(s.Category!)).Select(s => s.Category).FirstOrDefaultAsync(cancellationToken);
            return missing is null ? null : Refusal.Conflict($"{InUse} with the category '{missing}', which must stay.", "categories");
        }
        var (min, max, step) = (ScoreNumbers.Plain(type.MinValue!.Value), ScoreNumbers.Plain(type.MaxValue!.Value), ScoreNumbers.Plain(type.Step!.Value));
        var range = await scores.GroupBy(_ => 1).Select(g => new { Low = g.Min(s => s.Value), High = g.Max(s => s.Value) }).SingleAsync(cancellationToken);
        if (range.Low < min) return Refusal.Conflict($"{InUse} down to {range.Low}: min cannot be above that.", "min");
        if (range.High > max) return Refusal.Conflict($"{InUse} up to {range.High}: max cannot be below that.", "max");
        var offStep = await scores.Where(s => (s.Value!.Value - min) % step != 0).Select(s => s.Value).FirstOrDefaultAsync(cancellationToken);
        return offStep is null ? null : Refusal.Conflict($"{InUse} with the value {offStep}, which is not a step of {step} from {min}.", "step");
    }

    private void Audit(string action, ScoreType type)
    {
        var entry = db.Entry(type);
        var changes = entry.Properties
            .Where(p => p.Metadata.Name is not (nameof(ScoreType.Id) or nameof(ScoreType.Version) or nameof(ScoreType.CreatedAt) or nameof(ScoreType.UpdatedAt)))
            .Select(p => (p.Metadata.Name, Before: entry.State == EntityState.Added ? null : Shown(p.OriginalValue), After: Shown(p.CurrentValue)))
            .Where(p => !Equals(p.Before, p.After))
            .ToDictionary(p => p.Name, p => (p.Before, p.After));
        db.AuditEntries.Add(new AuditEntry
        {
            ActorId = auditActor.UserId,
            ActorName = auditActor.UserName,
            Action = action,
            EntityType = EntityType,
            EntityId = type.Id.ToString(),
            Summary = $"{EntityType} {action}: {type.Code} ({string.Join(", ", changes.Keys.Select(JsonNamingPolicy.CamelCase.ConvertName))})",
            Metadata = JsonSerializer.SerializeToDocument(AuditValues.Changes(changes, null)),
            At = type.UpdatedAt,
        });
    }

    /// <summary>A value as the audit shows it: lists joined, numbers as written.</summary>
    private static object? Shown(object? value) => value is string[] list ? string.Join(", ", list) : value;

    private async Task<Refusal?> SaveAsync(CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return null;
        }
        catch (DbUpdateConcurrencyException)
        {
            return RecordSave.Discard(db, Refusal.Conflict("This score type was changed by someone else while you saved; read it again and reapply your change.", "version"));
        }
        catch (DbUpdateException exception) when (exception.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            return RecordSave.Discard(db, Refusal.Conflict("Another score type already has this code.", "code"));
        }
    }
}
