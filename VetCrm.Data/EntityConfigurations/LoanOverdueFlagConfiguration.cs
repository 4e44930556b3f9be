using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using VetCrm.Data.Entities;

namespace VetCrm.Data.EntityConfigurations;

internal sealed class LoanOverdueFlagConfiguration : IEntityTypeConfiguration<LoanOverdueFlag>
{
    public void Configure(EntityTypeBuilder<LoanOverdueFlag> flag)
    {
        flag.ToTable("loan_overdue_flags");
        // The guarantee behind "once per loan and due-back time", whatever number of workers race for it.
        flag.HasIndex(f => new { f.EquipmentLoanId, f.DueBackAt }).IsUnique();
        flag.HasOne<EquipmentLoan>().WithMany().HasForeignKey(f => f.EquipmentLoanId).OnDelete(DeleteBehavior.Restrict);
    }
}
