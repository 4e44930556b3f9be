using System.Linq.Expressions;
using System.Text.Json.Serialization;
using VetCrm.Api.Common;
using VetCrm.Api.OpenApi;
using VetCrm.Api.Pets;
using VetCrm.Api.Referrals;
using VetCrm.Api.TreatmentPlans;
using VetCrm.Api.Users;
using VetCrm.Data.Entities;

namespace VetCrm.Api.Interactions;

public sealed record InteractionView(
    Guid Id, [property: IncludedAs(typeof(PetView))] RecordRef Pet, [property: IncludedAs(typeof(ReferralView))] RecordRef? Referral,
    [property: IncludedAs(typeof(TreatmentPlanView))] RecordRef? TreatmentPlan, [property: IncludedAs(typeof(UserView))] RecordRef User,
    [property: ValueSet(typeof(InteractionTypes))] string InteractionType,
    string Summary, bool FollowUpNeeded, DateTimeOffset InteractionAt,
    DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, DateTimeOffset? ArchivedAt, uint Version) : RecordRef(Id)
{
    public static readonly string[] Includable = ["pet", "referral", "treatmentPlan", "user"];

    /// <summary>What the caller may do with the log.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<string>? AllowedActions { get; init; }

    /// <param name="clinicalNotes">Whether an included plan carries its clinical notes (not for client care).</param>
    public static Expression<Func<InteractionLog, InteractionView>> Projection(IReadOnlySet<string> include, bool clinicalNotes)
    {
        var pet = include.Contains("pet");
        var referral = include.Contains("referral");
        var plan = include.Contains("treatmentPlan");
        var user = include.Contains("user");
        Expression<Func<InteractionLog, InteractionView>> projection = l => new InteractionView(
            l.Id,
            pet ? PetView.Plain.Inline(l.Pet!) : new RecordRef(l.PetId),
            l.ReferralId == null ? null : referral ? ReferralView.Plain.Inline(l.Referral!) : new RecordRef(l.ReferralId.Value),
            l.TreatmentPlanId == null ? null
                : plan ? (clinicalNotes ? TreatmentPlanView.Clinical.Inline(l.TreatmentPlan!) : TreatmentPlanView.ClientFacing.Inline(l.TreatmentPlan!))
                : new RecordRef(l.TreatmentPlanId.Value),
            user ? UserView.Projection.Inline(l.User!) : new RecordRef(l.UserId),
            l.InteractionType, l.Summary, l.FollowUpNeeded, l.InteractionAt,
            l.CreatedAt, l.UpdatedAt, l.ArchivedAt, l.Version);
        return projection.Expand();
    }
}
