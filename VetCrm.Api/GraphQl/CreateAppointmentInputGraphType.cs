namespace VetCrm.Api.GraphQl;

public sealed class CreateAppointmentInputGraphType : RequestInputGraphType
{
    public CreateAppointmentInputGraphType()
    {
        Name = "CreateAppointmentInput";
        Description = "A booking: pet, specialist, room, startAt, endAt and reason are required; it starts as scheduled.";
        Reference("pet");
        Reference("referral");
        Reference("specialist");
        Reference("room");
        Instant("startAt");
        Instant("endAt");
        Text("reason");
    }
}
