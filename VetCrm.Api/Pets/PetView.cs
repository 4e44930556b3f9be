using System.Linq.Expressions;
using System.Text.Json.Serialization;
using VetCrm.Api.Common;
using VetCrm.Api.OpenApi;
using VetCrm.Api.Users;
using VetCrm.Data.Entities;

namespace VetCrm.Api.Pets;

public sealed record PetView(
    Guid Id, string PetName, string Species, string? Breed, DateOnly? DateOfBirth, string MedicalHistorySummary,
    string OwnerName, string OwnerPhone, string? PrimaryVetClinic, [property: IncludedAs(typeof(UserView))] RecordRef AssignedSpecialist,
    DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, DateTimeOffset? ArchivedAt, uint Version) : RecordRef(Id)
{
    public static readonly string[] Includable = ["assignedSpecialist"];

    /// <summary>The pet with references as ids: what an <c>include=pet</c> of another record inlines.</summary>
    public static readonly Expression<Func<Pet, PetView>> Plain = Projection(Includes.None);

    /// <summary>What the caller may do with the pet; absent on a pet included in another record.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<string>? AllowedActions { get; init; }

    public static Expression<Func<Pet, PetView>> Projection(IReadOnlySet<string> include)
    {
        var specialist = include.Contains("assignedSpecialist");
        Expression<Func<Pet, PetView>> projection = p => new PetView(
            p.Id, p.PetName, p.Species, p.Breed, p.DateOfBirth, p.MedicalHistorySummary, p.OwnerName, p.OwnerPhone, p.PrimaryVetClinic,
            specialist ? UserView.Projection.Inline(p.AssignedSpecialist!) : new RecordRef(p.AssignedSpecialistId),
            p.CreatedAt, p.UpdatedAt, p.ArchivedAt, p.Version);
        return projection.Expand();
    }
}
