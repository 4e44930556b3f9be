using Microsoft.EntityFrameworkCore;
using VetCrm.Api.Access;
using VetCrm.Api.Audit;
using VetCrm.Api.Commands;
using VetCrm.Api.Common;
using VetCrm.Data;
using VetCrm.Data.Entities;
using VetCrm.Data.Records;

namespace VetCrm.Api.Appointments;

/// <summary>Reads of appointments within the caller's reach (one, or a calendar's worth by specialist, room and time), and the rooms.</summary>
public sealed class AppointmentQueries(VetCrmDbContext db, CaseAccess access, AuditLog audit)
{
    private static readonly ListOrders<Appointment, AppointmentView> Orders = new ListOrders<Appointment, AppointmentView>("startAt")
        .By("startAt", a => a.StartAt, v => v.StartAt)
        .By("createdAt", a => a.CreatedAt, v => v.CreatedAt)
        .By("updatedAt", a => a.UpdatedAt, v => v.UpdatedAt);

    /// <param name="personalRead">A person opened the record (audited); false for a screen refreshing itself after a live event.</param>
    public Task<AppointmentView?> GetAsync(Actor actor, Guid id, IReadOnlySet<string> includes, bool personalRead, CancellationToken cancellationToken) =>
        RecordReads.GetAsync(access.Appointments(actor), id, AppointmentCommands.Views.For(actor, includes), view => AppointmentCommands.WithActions(actor, view),
            RecordTypes.Appointment, actor, personalRead, audit, cancellationToken);

    public async Task<(Page<AppointmentView>? Page, FieldErrors Errors)> ListAsync(Actor actor, AppointmentListRequest request, CancellationToken cancellationToken)
    {
        var check = new FieldChecks();
        check.OptionalChoice("status", request.Status, AppointmentStatuses.All);
        if (request is { From: { } from, To: { } to } && to <= from) check.Add("to", "must be after from.");
        if (check.Failed) return (null, check.Errors);
        var appointments = access.Appointments(actor);
        if (request.Specialist is { } specialist) appointments = appointments.Where(a => a.SpecialistId == specialist);
        if (request.Room is { } room) appointments = appointments.Where(a => a.RoomId == room);
        if (request.Pet is { } pet) appointments = appointments.Where(a => a.PetId == pet);
        if (request.Referral is { } referral) appointments = appointments.Where(a => a.ReferralId == referral);
        if (request.Status is { } status) appointments = appointments.Where(a => a.Status == status);
        // Npgsql writes only UTC instants to timestamptz; a window given in the hospital's offset means the same instant.
        // No booking is longer than MaxLength, so one that ends after `from` starts after `from - MaxLength`: a bounded
        // range on the start-time index instead of every booking since the hospital opened.
        if (request.From?.ToUniversalTime() is { } after)
        {
            var startsAfter = after > DateTimeOffset.MinValue + AppointmentBookings.MaxLength ? after - AppointmentBookings.MaxLength : DateTimeOffset.MinValue;
            appointments = appointments.Where(a => a.EndAt > after && a.StartAt > startsAfter);
        }
        if (request.To?.ToUniversalTime() is { } before) appointments = appointments.Where(a => a.StartAt < before);
        return await RecordLists.PageAsync(actor, appointments, request, request.Archived, AppointmentView.Includable, AppointmentCommands.Views, Orders,
            AppointmentCommands.WithActions, cancellationToken);
    }

    /// <summary>Every room, by kind then name; any staff role may read them.</summary>
    public Task<RoomView[]> RoomsAsync(CancellationToken cancellationToken) =>
        db.Rooms.AsNoTracking().OrderBy(r => r.Kind).ThenBy(r => r.Name).Select(RoomView.Projection).ToArrayAsync(cancellationToken);
}
