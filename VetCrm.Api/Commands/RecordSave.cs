using Microsoft.EntityFrameworkCore;
using Npgsql;
using VetCrm.Data;
using VetCrm.Data.Records;

namespace VetCrm.Api.Commands;

/// <summary>Saves a command's change; a concurrent edit or a duplicate unique value is refused as a conflict naming the field, with nothing written.</summary>
public static class RecordSave
{
    public static async Task<Refusal?> SaveAsync(VetCrmDbContext db, RecordType type, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return null;
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return Refusal.Conflict($"This {type.Name} was changed by someone else while you saved; read it again and reapply your change.", "version");
        }
        catch (DbUpdateException exception) when (exception.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } unique)
        {
            db.ChangeTracker.Clear();
            var field = unique.ConstraintName?.Contains("referral_number") == true ? "referralNumber" : "id";
            return Refusal.Conflict($"Another {type.Name} already has this {field}.", field);
        }
    }

    /// <summary>The answer to an update sent with a version other than the record's current one.</summary>
    public static Refusal Stale(RecordType type, uint current) => Refusal.Conflict(
        $"This {type.Name} was changed by someone else since you read it (current version {current}); read it again and reapply your change.", "version");

    /// <summary>A refused command leaves nothing tracked, so a later save in the same scope cannot write half of it.</summary>
    public static Refusal Discard(VetCrmDbContext db, Refusal refusal)
    {
        db.ChangeTracker.Clear();
        return refusal;
    }
}
