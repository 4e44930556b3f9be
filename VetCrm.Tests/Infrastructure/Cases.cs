using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace VetCrm.Tests.Infrastructure;

/// <summary>Makes clinical records through the REST API, with valid defaults.</summary>
public static class Cases
{
    public static Task<JsonObject> CreatePetAsync(StaffMember author, Guid specialistId, string? petName = null) =>
        PostAsync(author, "/api/pets", new JsonObject
        {
            ["petName"] = petName ?? $"Pet {Guid.NewGuid():N}"[..12],
            ["species"] = "canine",
            ["breed"] = "Labrador Retriever",
            ["medicalHistorySummary"] = "Right hind lameness for 3 weeks; suspected cranial cruciate ligament rupture.",
            ["ownerName"] = "Alex Owner",
            ["ownerPhone"] = "+44 20 7946 0000",
            ["primaryVetClinic"] = "Riverside Veterinary Clinic",
            ["assignedSpecialist"] = new JsonObject { ["id"] = specialistId.ToString() },
        });

    public static Task<JsonObject> CreateReferralAsync(StaffMember author, string petId, string priority = "routine") =>
        PostAsync(author, "/api/referrals", new JsonObject
        {
            ["pet"] = new JsonObject { ["id"] = petId },
            ["referringClinic"] = "Riverside Veterinary Clinic",
            ["referralReason"] = "Orthopedic assessment, possible TPLO.",
            ["priority"] = priority,
        });

    public static Task<JsonObject> CreatePlanAsync(StaffMember author, string petId, string referralId, DateOnly? nextReviewDate, string planStatus = "active") =>
        PostAsync(author, "/api/treatment-plans", new JsonObject
        {
            ["planTitle"] = "TPLO recovery",
            ["pet"] = new JsonObject { ["id"] = petId },
            ["referral"] = new JsonObject { ["id"] = referralId },
            ["diagnosisNotes"] = "Complete CCL rupture, right stifle.",
            ["planStatus"] = planStatus,
            ["nextReviewDate"] = nextReviewDate?.ToString("yyyy-MM-dd"),
            ["medicationNotes"] = "Carprofen 2 mg/kg BID for 10 days.",
            ["clientInstructions"] = "Strict rest; short lead walks only.",
        });

    public static async Task<JsonObject> PostAsync(StaffMember author, string path, JsonObject body)
    {
        var response = await Staff.EnsureSuccessAsync(await author.Api.PostAsJsonAsync(path, body));
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }

    /// <summary>PATCH with the record's current version, as a client that just read it would.</summary>
    public static async Task<JsonObject> PatchAsync(StaffMember author, string path, JsonObject changes)
    {
        var current = await author.Api.GetFromJsonAsync<JsonObject>(path);
        changes["version"] = current!["version"]!.DeepClone();
        var response = await Staff.EnsureSuccessAsync(await author.Api.PatchAsJsonAsync(path, changes));
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }
}
