using VetCrm.Api.Common;
using VetCrm.Api.OpenApi;
using VetCrm.Data.Entities;

namespace VetCrm.Api.Appointments;

/// <param name="From">Appointments that end after this instant.</param>
/// <param name="To">Appointments that start before this instant.</param>
public sealed record AppointmentListRequest(
    Guid? Specialist, Guid? Room, Guid? Pet, Guid? Referral, [ValueSet(typeof(AppointmentStatuses))] string? Status, DateTimeOffset? From, DateTimeOffset? To, bool? Archived,
    string? Order, int? Limit, string? Cursor, string? Include) : IListRequest;
