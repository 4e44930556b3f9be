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
    public Guid AssignedSpecialistId { get; set; }
    public AppUser? AssignedSpecialist { get; set; }
    public List<Referral> Referrals { get; set; } = [];
}
