using System.Globalization;
using Microsoft.EntityFrameworkCore;
using VetCrm.Api.Access;
using VetCrm.Api.Commands;
using VetCrm.Api.Common;
using VetCrm.Api.History;
using VetCrm.Data;
using VetCrm.Data.Entities;
using VetCrm.Data.Records;
using VetCrm.Data.Saving;

namespace VetCrm.Api.Appointments;

/// <summary>
/// Bookings: book, rebook, move through check-in / no-show / completion / cancellation, archive. HTTP-free: any
/// interface calls these with the caller. Overlaps are refused by the database (see <see cref="BookingClash"/>); booking
/// for a referral moves it to <c>scheduled</c> in the same save when its workflow allows.
/// </summary>
public sealed class AppointmentCommands(VetCrmDbContext db, CaseAccess access, TimeProvider time)
{
    private static readonly RecordType Type = RecordTypes.Appointment;

    public static readonly ViewProjections<Appointment, AppointmentView> Views =
        new((actor, include) => AppointmentView.Projection(CaseAccess.ReadableIncludes(actor, include)));

    public async Task<Outcome<AppointmentView>> CreateAsync(Actor actor, CreateAppointmentRequest request, CancellationToken cancellationToken)
    {
        if (!CaseAccess.MayCreate(actor, Type)) return Refusal.Forbidden("Your role may not book appointments.");
        var check = new FieldChecks();
        var appointment = new Appointment
        {
            PetId = check.Reference("pet", request.Pet?.Id),
            ReferralId = request.Referral?.Id,
            SpecialistId = check.Reference("specialist", request.Specialist?.Id),
            RoomId = check.Reference("room", request.Room?.Id),
            StartAt = check.Required("startAt", request.StartAt),
            EndAt = check.Required("endAt", request.EndAt),
            Reason = check.Required("reason", request.Reason, 1000),
            Status = check.OptionalChoice("status", request.Status, AppointmentStatuses.All) ?? AppointmentStatuses.Scheduled,
        };
        if (check.Failed) return Refusal.Invalid(check.Errors);
        if (appointment.Status != AppointmentStatuses.Scheduled)
            check.Add("status", $"a new appointment starts as '{AppointmentStatuses.Scheduled}'; it then moves through POST /api/appointments/{{id}}/status.");
        if (!await access.Pets(actor).AnyAsync(p => p.Id == appointment.PetId, cancellationToken))
            check.Add("pet", "no pet with this id is within your reach.");
        await CheckBookingAsync(appointment, check, cancellationToken);
        var referral = await ReferralOfAsync(actor, appointment, check, cancellationToken);
        if (check.Failed) return Refusal.Invalid(check.Errors);
        if (!CaseAccess.MayBookFor(actor, appointment.SpecialistId)) return Refusal.Forbidden("A specialist books appointments in its own calendar only.");
        db.Appointments.Add(appointment);
        StatusHistory.Add(db, Type, appointment.Id, null, appointment.Status, actor.UserId, null, time.GetUtcNow());
        if (referral is not null && RecordTypes.Referral.Status!.CanMove(referral.Status, ReferralStatuses.Scheduled))
        {
            var reason = string.Create(CultureInfo.InvariantCulture, $"Appointment booked for {appointment.StartAt.UtcDateTime:yyyy-MM-dd HH:mm} UTC.");
            StatusCommand.Move(db, time, RecordTypes.Referral, referral, ReferralStatuses.Scheduled, actor, reason);
        }
        return await BookingClash.SaveAsync(db, appointment, cancellationToken) is { } refused ? refused : ViewOf(actor, appointment);
    }

    public async Task<Outcome<AppointmentView>> PatchAsync(Actor actor, Guid id, PatchAppointmentRequest request, CancellationToken cancellationToken)
    {
        var appointment = await access.Appointments(actor).FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (appointment is null) return Refusal.NotFound(Type.Name);
        if (!CaseAccess.MayUpdate(actor, Type)) return Refusal.Forbidden("Your role may not change appointments.");
        if (request.Version is not { } version) return Refusal.Invalid("version", "is required: send the version you last read, so a concurrent edit is not overwritten.");
        if (version != appointment.Version) return RecordSave.Stale(Type, appointment.Version);
        if (appointment.Status != AppointmentStatuses.Scheduled)
            return Refusal.Conflict($"A {appointment.Status} appointment cannot be rebooked; book a new one.", "status");
        var check = new FieldChecks();
        if (request.Referral.HasValue) appointment.ReferralId = request.Referral.Value?.Id;
        if (request.Specialist.HasValue) appointment.SpecialistId = check.Reference("specialist", request.Specialist.Value?.Id);
        if (request.Room.HasValue) appointment.RoomId = check.Reference("room", request.Room.Value?.Id);
        if (request.StartAt.HasValue) appointment.StartAt = check.Required("startAt", request.StartAt.Value);
        if (request.EndAt.HasValue) appointment.EndAt = check.Required("endAt", request.EndAt.Value);
        if (request.Reason.HasValue) appointment.Reason = check.Required("reason", request.Reason.Value, 1000);
        if (!check.Failed)
        {
            await CheckBookingAsync(appointment, check, cancellationToken);
            await ReferralOfAsync(actor, appointment, check, cancellationToken);
        }
        if (check.Failed) return RecordSave.Discard(db, Refusal.Invalid(check.Errors));
        if (!CaseAccess.MayBookFor(actor, appointment.SpecialistId))
            return RecordSave.Discard(db, Refusal.Forbidden("A specialist books appointments in its own calendar only."));
        return await BookingClash.SaveAsync(db, appointment, cancellationToken) is { } refused ? refused : ViewOf(actor, appointment);
    }

    /// <summary>Check-in, no-show, completion, cancellation: a move of the workflow with a reason.</summary>
    public Task<Outcome<AppointmentView>> ChangeStatusAsync(Actor actor, Guid id, StatusChangeRequest request, CancellationToken cancellationToken) =>
        StatusCommand.ChangeAsync(db, time, Type, access.Appointments(actor), actor, id, request, a => ViewOf(actor, a), cancellationToken);

    public Task<Outcome<AppointmentView>> ArchiveAsync(Actor actor, Guid id, CancellationToken cancellationToken) =>
        ArchiveCommand.ArchiveAsync(db, time, Type, access.Appointments(actor), actor, id, a => ViewOf(actor, a), cancellationToken);

    public static AppointmentView WithActions(Actor actor, AppointmentView view) => view with
    {
        AllowedActions = RecordActions.Allowed(actor, Type, view.Status),
        NextStatuses = RecordActions.NextStatuses(actor, Type, view.Status),
    };

    private static AppointmentView ViewOf(Actor actor, Appointment appointment) => WithActions(actor, Views.Of(actor, appointment));

    /// <summary>Times in order and of a sensible length; the specialist a specialist; the room one of the hospital's.</summary>
    private async Task CheckBookingAsync(Appointment appointment, FieldChecks check, CancellationToken cancellationToken)
    {
        var length = appointment.EndAt - appointment.StartAt;
        if (length <= TimeSpan.Zero) check.Add("endAt", "must be after startAt.");
        else if (length < AppointmentBookings.MinLength) check.Add("endAt", $"must be at least {AppointmentBookings.MinLength.TotalMinutes:0} minutes after startAt.");
        else if (length > AppointmentBookings.MaxLength) check.Add("endAt", $"must be at most {AppointmentBookings.MaxLength.TotalHours:0} hours after startAt.");
        if (!await db.Users.AnyAsync(u => u.Id == appointment.SpecialistId && u.Role == Roles.Specialist, cancellationToken))
            check.Add("specialist", "must reference a user with the specialist role.");
        if (!await db.Rooms.AnyAsync(r => r.Id == appointment.RoomId, cancellationToken))
            check.Add("room", "must reference one of the hospital's rooms (GET /api/rooms).");
    }

    /// <summary>The booking's referral, tracked: it must be one of the pet's referrals that the caller can see.</summary>
    private async Task<Referral?> ReferralOfAsync(Actor actor, Appointment appointment, FieldChecks check, CancellationToken cancellationToken)
    {
        if (appointment.ReferralId is not { } referralId) return null;
        var referral = await access.Referrals(actor).FirstOrDefaultAsync(r => r.Id == referralId && r.PetId == appointment.PetId, cancellationToken);
        if (referral is null) check.Add("referral", "must be a referral of this appointment's pet within your reach.");
        return referral;
    }
}
