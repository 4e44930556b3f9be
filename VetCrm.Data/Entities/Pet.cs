namespace VetCrm.Data.Entities;

public sealed class Pet : ClinicalRecord
{
    public required string PetName { get; set; }
    public required string Species { get; set; }
    public string? Breed { get; set; }
    public DateOnly? DateOfBirth { get; set; }
    public required string MedicalHistorySummary { get; set; }
    public required string OwnerName { get; set; }
    public required string OwnerPhone { get; set; }
    public string? PrimaryVetClinic { get; set; }
    /// <summary>
    /// The owner's phone as digits only, without leading zeros (a trunk "0" or an international "00"): a stored generated
    /// column, so "7700900123", "07700 900123" and "+44 7700 900123" all find each other by substring.
    /// </summary>
    public string? OwnerPhoneDigits { get; private set; }
    public Guid AssignedSpecialistId { get; set; }
    public AppUser? AssignedSpecialist { get; set; }
    public List<Referral> Referrals { get; set; } = [];
}
