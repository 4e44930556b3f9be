using VetCrm.Data.Entities;

namespace VetCrm.Api.Webhooks;

/// <summary>The event types a subscription may ask for: the live channel's.</summary>
public static class WebhookEventTypes
{
    public static readonly string[] All =
    [
        LiveEventTypes.ReferralCreated, LiveEventTypes.ReferralChanged, LiveEventTypes.PlanChanged, LiveEventTypes.PlanOverdue, LiveEventTypes.InteractionLogged,
    ];
}
