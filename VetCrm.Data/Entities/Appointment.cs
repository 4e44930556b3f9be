namespace VetCrm.Data.Entities;

/// <summary>A booking of a specialist and a room for a pet, optionally for one of its referrals.</summary>
public sealed class Appointment : ClinicalRecord
{
    public Guid PetId { get; set; }
    public Pet? Pet { get; set; }
    public Guid? ReferralId { get; set; }
    public Referral? Referral { get; set; }
    public Guid SpecialistId { get; set; }
    public AppUser? Specialist { get; set; }
    public Guid RoomId { get; set; }
    public Room? Room { get; set; }
    public DateTimeOffset StartAt { get; set; }
    public DateTimeOffset EndAt { get; set; }
    public string Status { get; set; } = AppointmentStatuses.Scheduled;
    public required string Reason { get; set; }
}
