namespace VetCrm.Web.ApiClient;

public sealed record MessageReceipt(StaffUser Recipient, DateTimeOffset? DeliveredAt, DateTimeOffset? ReadAt);
