namespace VetCrm.Api.GraphQl;

public sealed class UpdateAppointmentInputGraphType : RequestInputGraphType
{
    public UpdateAppointmentInputGraphType()
    {
        Name = "UpdateAppointmentInput";
        Description = "A rebooking, with the version last read; the pet never changes and the status moves with changeAppointmentStatus.";
        Version();
        Reference("referral");
        Reference("specialist");
        Reference("room");
        Instant("startAt");
        Instant("endAt");
        Text("reason");
    }
}
