namespace VetCrm.Web.Pages.Equipment;

/// <param name="More">The pet has more loans than the panel shows.</param>
public sealed record PetLoansView(Guid PetId, LoanListView Loans, bool More);
