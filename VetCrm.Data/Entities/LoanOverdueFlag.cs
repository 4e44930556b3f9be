namespace VetCrm.Data.Entities;

/// <summary>That a loan was flagged overdue for the time it was due back at (<see cref="DueBackAt"/>): unique per (loan, time), so once only.</summary>
public sealed class LoanOverdueFlag
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid EquipmentLoanId { get; set; }
    public DateTimeOffset DueBackAt { get; set; }
    public DateTimeOffset FlaggedAt { get; set; }
}
