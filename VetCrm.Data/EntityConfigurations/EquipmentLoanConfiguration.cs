using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using VetCrm.Data.Entities;
using VetCrm.Data.Records;

namespace VetCrm.Data.EntityConfigurations;

internal sealed class EquipmentLoanConfiguration : IEntityTypeConfiguration<EquipmentLoan>
{
    public void Configure(EntityTypeBuilder<EquipmentLoan> loan)
    {
        ColumnRules.ConfigureRecord(loan, "equipment_loans");
        loan.Property(l => l.Status).HasMaxLength(20);
        loan.Property(l => l.Notes).HasMaxLength(1000);
        loan.ToTable(t =>
        {
            t.HasCheckConstraint("ck_equipment_loans_status", ColumnRules.InList("status", LoanStatuses.All));
            t.HasCheckConstraint("ck_equipment_loans_due_after_checkout", "due_back_at > checked_out_at");
            // The state and its data agree: a loan that is back knows when it came back.
            t.HasCheckConstraint("ck_equipment_loans_returned_at", "(status = 'checkedOut') = (returned_at IS NULL)");
        });
        loan.HasOne(l => l.EquipmentItem).WithMany(i => i.Loans).HasForeignKey(l => l.EquipmentItemId).OnDelete(DeleteBehavior.Restrict);
        loan.HasOne(l => l.Pet).WithMany().HasForeignKey(l => l.PetId).OnDelete(DeleteBehavior.Restrict);
        loan.HasOne(l => l.Referral).WithMany().HasForeignKey(l => l.ReferralId).OnDelete(DeleteBehavior.Restrict);
        loan.HasOne(l => l.LoggedBy).WithMany().HasForeignKey(l => l.LoggedById).OnDelete(DeleteBehavior.Restrict);
        // One item is never out twice: the database decides, whatever number of desks lend at once.
        loan.HasIndex(l => l.EquipmentItemId, EquipmentLoanHolds.ItemHeldIndex).IsUnique().HasFilter(EquipmentLoanHolds.HeldFilter);
        // List orders (with the id as tie-breaker), a pet's loans, an item's history.
        loan.HasIndex(l => new { l.CheckedOutAt, l.Id });
        loan.HasIndex(l => new { l.DueBackAt, l.Id });
        loan.HasIndex(l => new { l.CreatedAt, l.Id });
        loan.HasIndex(l => new { l.UpdatedAt, l.Id });
        loan.HasIndex(l => new { l.PetId, l.CheckedOutAt });
        loan.HasIndex(l => new { l.EquipmentItemId, l.CheckedOutAt });
        loan.HasIndex(l => l.ReferralId);
        loan.HasIndex(l => l.LoggedById);
        // What the overdue scan reads: loans still out only.
        loan.HasIndex(l => l.DueBackAt, "ix_equipment_loans_out_due_back_at").HasFilter("status = 'checkedOut' AND archived_at IS NULL");
    }
}
