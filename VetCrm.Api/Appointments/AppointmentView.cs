using System.Linq.Expressions;
using System.Text.Json.Serialization;
using VetCrm.Api.Common;
using VetCrm.Api.OpenApi;
using VetCrm.Api.Pets;
using VetCrm.Api.Referrals;
using VetCrm.Api.Users;
using VetCrm.Data.Entities;

namespace VetCrm.Api.Appointments;

public sealed record AppointmentView(
    Guid Id, RecordRef Pet, RecordRef? Referral, RecordRef Specialist, RecordRef Room, DateTimeOffset StartAt, DateTimeOffset EndAt,
    [property: ValueSet(typeof(AppointmentStatuses))] string Status, string Reason, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, DateTimeOffset? ArchivedAt, uint Version) : RecordRef(Id)
{
    public static readonly string[] Includable = ["pet", "referral", "specialist", "room"];

    /// <summary>What the caller may do with the appointment.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<string>? AllowedActions { get; init; }

    /// <summary>The statuses the caller may move the appointment to (e.g. checkedIn, noShow).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull), ValueSet(typeof(AppointmentStatuses))]
    public IReadOnlyList<string>? NextStatuses { get; init; }

    public static Expression<Func<Appointment, AppointmentView>> Projection(IReadOnlySet<string> include)
    {
        var pet = include.Contains("pet");
        var referral = include.Contains("referral");
        var specialist = include.Contains("specialist");
        var room = include.Contains("room");
        Expression<Func<Appointment, AppointmentView>> projection = a => new AppointmentView(
            a.Id,
            pet ? PetView.Plain.Inline(a.Pet!) : new RecordRef(a.PetId),
            a.ReferralId == null ? null : referral ? ReferralView.Plain.Inline(a.Referral!) : new RecordRef(a.ReferralId.Value),
            specialist ? UserView.Projection.Inline(a.Specialist!) : new RecordRef(a.SpecialistId),
            room ? RoomView.Projection.Inline(a.Room!) : new RecordRef(a.RoomId),
            a.StartAt, a.EndAt, a.Status, a.Reason, a.CreatedAt, a.UpdatedAt, a.ArchivedAt, a.Version);
        return projection.Expand();
    }
}
