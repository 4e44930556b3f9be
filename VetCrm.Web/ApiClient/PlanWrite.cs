using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace VetCrm.Web.ApiClient;

/// <summary>A plan create (Pet and Referral set) or edit (Version set; a plan's pet and referral cannot change).</summary>
public sealed record PlanWrite(
    string? PlanTitle,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IdRef? Pet,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IdRef? Referral,
    string? DiagnosisNotes, string? PlanStatus, DateOnly? NextReviewDate, string? MedicationNotes, string? ClientInstructions,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] uint? Version);
