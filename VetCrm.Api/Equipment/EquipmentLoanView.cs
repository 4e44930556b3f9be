using System.Linq.Expressions;
using System.Text.Json.Serialization;
using VetCrm.Api.Common;
using VetCrm.Api.OpenApi;
using VetCrm.Api.Pets;
using VetCrm.Api.Referrals;
using VetCrm.Api.Users;
using VetCrm.Data.Entities;

namespace VetCrm.Api.Equipment;

/// <param name="Overdue">Still out and past dueBackAt.</param>
public sealed record EquipmentLoanView(
    Guid Id, [property: IncludedAs(typeof(EquipmentItemView))] RecordRef EquipmentItem, [property: IncludedAs(typeof(PetView))] RecordRef Pet,
    [property: IncludedAs(typeof(ReferralView))] RecordRef? Referral, DateTimeOffset CheckedOutAt, DateTimeOffset DueBackAt, DateTimeOffset? ReturnedAt,
    [property: IncludedAs(typeof(UserView))] RecordRef LoggedBy, [property: ValueSet(typeof(LoanStatuses))] string Status, string? Notes,
    DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, DateTimeOffset? ArchivedAt, uint Version) : RecordRef(Id)
{
    public static readonly string[] Includable = ["equipmentItem", "pet", "referral", "loggedBy"];

    public bool Overdue { get; init; }

    /// <summary>What the caller may do with the loan (<c>update</c>, <c>changeStatus</c>, <c>archive</c>).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<string>? AllowedActions { get; init; }

    /// <summary>The statuses the caller may move the loan to (<c>returned</c>, <c>maintenance</c>).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<string>? NextStatuses { get; init; }

    public static Expression<Func<EquipmentLoan, EquipmentLoanView>> Projection(IReadOnlySet<string> include)
    {
        var item = include.Contains("equipmentItem");
        var pet = include.Contains("pet");
        var referral = include.Contains("referral");
        var loggedBy = include.Contains("loggedBy");
        Expression<Func<EquipmentLoan, EquipmentLoanView>> projection = l => new EquipmentLoanView(
            l.Id,
            item ? EquipmentItemView.Projection.Inline(l.EquipmentItem!) : new RecordRef(l.EquipmentItemId),
            pet ? PetView.Plain.Inline(l.Pet!) : new RecordRef(l.PetId),
            l.ReferralId == null ? null : referral ? ReferralView.Plain.Inline(l.Referral!) : new RecordRef(l.ReferralId.Value),
            l.CheckedOutAt, l.DueBackAt, l.ReturnedAt,
            loggedBy ? UserView.Projection.Inline(l.LoggedBy!) : new RecordRef(l.LoggedById),
            l.Status, l.Notes, l.CreatedAt, l.UpdatedAt, l.ArchivedAt, l.Version);
        return projection.Expand();
    }
}
