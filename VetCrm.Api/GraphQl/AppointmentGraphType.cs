using GraphQL.Types;
using VetCrm.Api.Appointments;
using VetCrm.Data.Records;

namespace VetCrm.Api.GraphQl;

public sealed class AppointmentGraphType : ObjectGraphType<AppointmentView>
{
    public AppointmentGraphType()
    {
        Name = "Appointment";
        Description = "A booking of a specialist and a room for a pet.";
        Field(a => a.Id, type: typeof(NonNullGraphType<IdGraphType>));
        this.PetReference(a => a.Pet);
        this.ReferralReference(a => a.Referral, required: false);
        this.UserReference("specialist", a => a.Specialist);
        this.Reference<AppointmentView, RoomGraphType, RoomView>("room", a => a.Room, (_, batches) => batches.Rooms);
        Field(a => a.StartAt);
        Field(a => a.EndAt);
        Field(a => a.Status).Description("scheduled, checkedIn, completed, cancelled or noShow; moves with changeAppointmentStatus.");
        Field(a => a.Reason);
        Field(a => a.CreatedAt);
        Field(a => a.UpdatedAt);
        Field(a => a.ArchivedAt, nullable: true);
        Field(a => a.Version).Description("Send it back with an update: a stale version is refused (CONFLICT).");
        this.AllowedActions(a => a.AllowedActions);
        this.NextStatuses(a => a.NextStatuses, "appointment");
        this.StatusHistory(RecordTypes.Appointment, a => a.Id);
    }
}
