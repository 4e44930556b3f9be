using VetCrm.Web.ApiClient;

namespace VetCrm.Web.Pages.Equipment;

/// <summary>What the loan list partial shows: the loans, where its buttons come back to, and whether each row names the pet.</summary>
public sealed record LoanListView(IReadOnlyList<EquipmentLoan> Loans, string ReturnUrl, bool ShowPet, string EmptyText);
