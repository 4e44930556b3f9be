namespace VetCrm.Data.Entities;

/// <summary>
/// A conversation between staff about one case (a pet, optionally one of its referrals). Who may read it follows the
/// case: a participant who loses reach to the pet loses the thread. It always starts with a first message.
/// </summary>
public sealed class MessageThread : ClinicalRecord
{
    public Guid PetId { get; set; }
    public Pet? Pet { get; set; }
    public Guid? ReferralId { get; set; }
    public Referral? Referral { get; set; }
    public required string Subject { get; set; }
    public List<ThreadParticipant> Participants { get; set; } = [];
    public List<Message> Messages { get; set; } = [];
}
