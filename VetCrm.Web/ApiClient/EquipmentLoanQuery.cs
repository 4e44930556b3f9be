namespace VetCrm.Web.ApiClient;

public sealed record EquipmentLoanQuery(Guid? Pet = null, string? Status = null, string Order = "-checkedOutAt", string? Cursor = null, int Limit = 25);
