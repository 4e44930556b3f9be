namespace VetCrm.Data.Entities;

/// <summary>A bookable place or machine of the hospital: a consult room, the MRI, the CT, a theatre, an ultrasound suite.</summary>
public sealed class Room
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public required string Name { get; set; }
    public required string Kind { get; set; }
}
