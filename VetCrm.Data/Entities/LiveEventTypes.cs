namespace VetCrm.Data.Entities;

public static class LiveEventTypes
{
    public const string PetChanged = "pet.changed";
    public const string ReferralCreated = "referral.created";
    public const string ReferralChanged = "referral.changed";
    public const string InteractionLogged = "interaction.logged";
    public const string PlanChanged = "plan.changed";
    public const string PlanOverdue = "plan.overdue";
    public const string AppointmentBooked = "appointment.booked";
    public const string AppointmentChanged = "appointment.changed";
}
