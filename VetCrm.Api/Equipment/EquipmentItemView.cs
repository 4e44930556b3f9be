using System.Linq.Expressions;
using System.Text.Json.Serialization;
using VetCrm.Api.Common;
using VetCrm.Api.OpenApi;
using VetCrm.Data.Entities;

namespace VetCrm.Api.Equipment;

/// <param name="HeldBy">The loan that holds the item now (out with a pet, or in maintenance); null when it is free.</param>
/// <param name="Availability"><c>available</c>, <c>checkedOut</c>, <c>maintenance</c> or <c>inactive</c>.</param>
public sealed record EquipmentItemView(
    Guid Id, string Name, string SerialNumber, [property: ValueSet(typeof(EquipmentKinds))] string Kind, string? Notes, bool Active,
    RecordRef? HeldBy, string Availability, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, DateTimeOffset? ArchivedAt, uint Version) : RecordRef(Id)
{
    public const string Available = "available";
    public const string Inactive = "inactive";
    public static readonly string[] Availabilities = [Available, LoanStatuses.CheckedOut, LoanStatuses.Maintenance, Inactive];

    /// <summary>What the caller may do with the item (<c>update</c>, <c>lend</c>, <c>archive</c>); absent on an item included in a loan.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<string>? AllowedActions { get; init; }

    public static readonly Expression<Func<EquipmentItem, EquipmentItemView>> Projection = Build();

    private static Expression<Func<EquipmentItem, EquipmentItemView>> Build()
    {
        Expression<Func<EquipmentItem, EquipmentItemView>> projection = i => new EquipmentItemView(
            i.Id, i.Name, i.SerialNumber, i.Kind, i.Notes, i.Active,
            i.Loans.Where(l => (l.Status == LoanStatuses.CheckedOut || l.Status == LoanStatuses.Maintenance) && l.ArchivedAt == null)
                .Select(l => new RecordRef(l.Id)).FirstOrDefault(),
            i.Loans.Where(l => (l.Status == LoanStatuses.CheckedOut || l.Status == LoanStatuses.Maintenance) && l.ArchivedAt == null)
                .Select(l => l.Status).FirstOrDefault() ?? (i.Active ? Available : Inactive),
            i.CreatedAt, i.UpdatedAt, i.ArchivedAt, i.Version);
        return projection;
    }
}
