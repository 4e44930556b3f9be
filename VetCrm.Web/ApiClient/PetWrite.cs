using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.WebUtilities;

namespace VetCrm.Web.ApiClient;

public sealed record PetWrite(
    string? PetName, string? Species, string? Breed, DateOnly? DateOfBirth, string? MedicalHistorySummary,
    string? OwnerName, string? OwnerPhone, string? PrimaryVetClinic, IdRef? AssignedSpecialist);
