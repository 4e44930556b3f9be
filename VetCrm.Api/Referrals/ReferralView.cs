using System.Linq.Expressions;
using System.Text.Json.Serialization;
using VetCrm.Api.Common;
using VetCrm.Api.OpenApi;
using VetCrm.Api.Pets;
using VetCrm.Api.Users;
using VetCrm.Data.Entities;

namespace VetCrm.Api.Referrals;

public sealed record ReferralView(
    Guid Id, string ReferralNumber, [property: IncludedAs(typeof(PetView))] RecordRef Pet, string ReferringClinic, string ReferralReason,
    [property: ValueSet(typeof(ReferralStatuses))] string Status, [property: IncludedAs(typeof(UserView))] RecordRef ReceivedBy, DateTimeOffset ReceivedAt,
    [property: ValueSet(typeof(ReferralPriorities))] string Priority,
    DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, DateTimeOffset? ArchivedAt, uint Version) : RecordRef(Id)
{
    public static readonly string[] Includable = ["pet", "receivedBy"];

    public static readonly Expression<Func<Referral, ReferralView>> Plain = Projection(Includes.None);

    /// <summary>What the caller may do with the referral; absent on a referral included in another record.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<string>? AllowedActions { get; init; }

    /// <summary>The statuses the caller may move the referral to; absent on an included referral.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull), ValueSet(typeof(ReferralStatuses))]
    public IReadOnlyList<string>? NextStatuses { get; init; }

    public static Expression<Func<Referral, ReferralView>> Projection(IReadOnlySet<string> include)
    {
        var pet = include.Contains("pet");
        var receivedBy = include.Contains("receivedBy");
        Expression<Func<Referral, ReferralView>> projection = r => new ReferralView(
            r.Id, r.ReferralNumber,
            pet ? PetView.Plain.Inline(r.Pet!) : new RecordRef(r.PetId),
            r.ReferringClinic, r.ReferralReason, r.Status,
            receivedBy ? UserView.Projection.Inline(r.ReceivedBy!) : new RecordRef(r.ReceivedById),
            r.ReceivedAt, r.Priority, r.CreatedAt, r.UpdatedAt, r.ArchivedAt, r.Version);
        return projection.Expand();
    }
}
