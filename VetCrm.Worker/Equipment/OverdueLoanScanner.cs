using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using VetCrm.Data;
using VetCrm.Data.Entities;
using VetCrm.Data.Records;
using VetCrm.Worker.Reminders;
using VetCrm.Worker.Scanning;

namespace VetCrm.Worker.Equipment;

/// <summary>
/// Flags loans still out past their due-back time, once per (loan, due-back time), however many workers run — the way
/// <see cref="ReminderScanner"/> flags plan reviews: loans claimed with <c>FOR UPDATE SKIP LOCKED</c>, a unique flag row
/// deciding any race, and per batch one transaction holding the flags and the tasks they raise. Each flag raises a task
/// to chase the return, for client care, who phone the owner: the person who handed the item over if they are client care
/// (they met the owner), else the configured client-care account, else the pet's specialist (who always sees the case).
/// A new due-back time is a new deadline and is flagged again once it passes.
/// </summary>
public sealed class OverdueLoanScanner(VetCrmDbContext db, SystemAuditActor systemActor, TimeProvider time, IOptions<ReminderOptions> reminders,
    IOptions<LoanOptions> options, ILogger<OverdueLoanScanner> logger) : IDeadlineScanner
{
    private sealed record DueLoan(Guid LoanId, Guid PetId, Guid? ReferralId, DateTimeOffset DueBackAt, string ItemName, string SerialNumber,
        Guid? ClientCareLogger, Guid SpecialistId);

    public static string ScanName => "Overdue loan scan";

    /// <returns>How many loans were flagged.</returns>
    public async Task<int> ScanAsync(CancellationToken cancellationToken)
    {
        using var activity = ReminderMetrics.ActivitySource.StartActivity("overdue loan scan");
        var systemUserId = await systemActor.ResolveAsync(db, cancellationToken);
        var clientCareDesk = await ClientCareDeskAsync(cancellationToken);
        var flagged = 0;
        int batchFlagged;
        do
        {
            batchFlagged = await db.Database.CreateExecutionStrategy().ExecuteAsync(
                token => FlagBatchOnceAsync(systemUserId, clientCareDesk, token), cancellationToken);
            flagged += batchFlagged;
        }
        while (batchFlagged > 0);
        activity?.SetTag("vetcrm.loans.flagged", flagged);
        if (flagged > 0) logger.LogInformation("Flagged {Flagged} overdue equipment loans", flagged);
        return flagged;
    }

    /// <summary>Up to <paramref name="batchSize"/> loans still out past dueBackAt and not yet flagged for it, read off the partial index of loans out.</summary>
    public static FormattableString ClaimDueLoans(DateTimeOffset now, int batchSize) => $"""
        SELECT l.id AS "LoanId", l.pet_id AS "PetId", l.referral_id AS "ReferralId", l.due_back_at AS "DueBackAt",
               i.name AS "ItemName", i.serial_number AS "SerialNumber",
               CASE WHEN u.role = 'clientCare' THEN u.id END AS "ClientCareLogger", p.assigned_specialist_id AS "SpecialistId"
        FROM equipment_loans l
        JOIN equipment_items i ON i.id = l.equipment_item_id
        JOIN pets p ON p.id = l.pet_id
        JOIN users u ON u.id = l.logged_by_id
        WHERE l.status = 'checkedOut' AND l.archived_at IS NULL AND l.due_back_at < {now}
          AND NOT EXISTS (SELECT 1 FROM loan_overdue_flags f WHERE f.equipment_loan_id = l.id AND f.due_back_at = l.due_back_at)
        ORDER BY l.due_back_at, l.id
        LIMIT {batchSize}
        FOR UPDATE OF l SKIP LOCKED
        """;

    private async Task<Guid?> ClientCareDeskAsync(CancellationToken cancellationToken) =>
        options.Value.ClientCareUserName is { Length: > 0 } name
            ? await db.Users.Where(u => u.UserName == name && u.Role == Roles.ClientCare).Select(u => (Guid?)u.Id).FirstOrDefaultAsync(cancellationToken)
            : null;

    private async Task<int> FlagBatchOnceAsync(Guid systemUserId, Guid? clientCareDesk, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var now = time.GetUtcNow();
        var due = await db.Database.SqlQuery<DueLoan>(ClaimDueLoans(now, reminders.Value.BatchSize)).ToListAsync(cancellationToken);
        if (due.Count == 0) return 0;

        var loanIds = due.Select(d => d.LoanId).ToArray();
        var dueTimes = due.Select(d => d.DueBackAt).ToArray();
        var won = (await db.Database.SqlQuery<Guid>($"""
            INSERT INTO loan_overdue_flags (id, equipment_loan_id, due_back_at, flagged_at)
            SELECT gen_random_uuid(), loan_id, due_back_at, {now}
            FROM unnest({loanIds}, {dueTimes}) AS claimed(loan_id, due_back_at)
            ON CONFLICT (equipment_loan_id, due_back_at) DO NOTHING
            RETURNING equipment_loan_id AS "Value"
            """).ToListAsync(cancellationToken)).ToHashSet();

        foreach (var loan in due.Where(d => won.Contains(d.LoanId)))
        {
            CareTasks.Open(db, new CareTask
            {
                PetId = loan.PetId,
                ReferralId = loan.ReferralId,
                Title = string.Create(CultureInfo.InvariantCulture,
                    $"Chase the return of {loan.ItemName} (serial {loan.SerialNumber}), due back {loan.DueBackAt.UtcDateTime:yyyy-MM-dd HH:mm} UTC"),
                AssigneeId = loan.ClientCareLogger ?? clientCareDesk ?? loan.SpecialistId,
                DueAt = now + options.Value.ChaseWithin,
            }, systemUserId, "Equipment loan overdue.", now);
        }
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return won.Count;
    }
}
