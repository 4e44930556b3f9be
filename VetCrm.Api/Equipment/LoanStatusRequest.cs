namespace VetCrm.Api.Equipment;

/// <summary>Back in service (<c>returned</c>) or back for repair (<c>maintenance</c>), with the version read; the reason is optional.</summary>
public sealed record LoanStatusRequest(string? Status, uint? Version, string? Reason);
