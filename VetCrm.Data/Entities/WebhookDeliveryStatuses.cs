namespace VetCrm.Data.Entities;

public static class WebhookDeliveryStatuses
{
    public const string Pending = "pending";
    public const string Succeeded = "succeeded";
    public const string Failed = "failed";
}
