using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using VetCrm.Tests.Infrastructure;

namespace VetCrm.Tests.Web;

/// <summary>A staff account made for a test: its user name, password and id in the API.</summary>
public sealed record StaffAccount(Guid Id, string Username, string Password, string FullName, string? Role);

/// <summary>
/// Test accounts and records through the API: sign up, then the bootstrap admin grants the role (SPEC §2: a new
/// account has no clinical access until an admin gives it one). Records are made as a given account, as a user would.
/// </summary>
public sealed class StaffAccounts(StackFixture stack)
{
    public const string Password = "Correct-Horse-42";

    /// <summary>A fresh account, with <paramref name="role"/> granted by the admin (none when null).</summary>
    public async Task<StaffAccount> CreateAsync(string? role, string? fullName = null)
    {
        var username = $"{role ?? "new"}-{Guid.NewGuid():N}"[..24];
        fullName ??= $"Test {role ?? "newcomer"} {username[^6..]}";
        using var api = stack.CreateHttpClient("api");
        var signup = await api.PostAsJsonAsync("/api/auth/signup", new { username, email = $"{username}@example.test", password = Password, fullName });
        await EnsureAsync(signup, "sign up");
        var id = (await signup.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<Guid>();
        if (role is not null)
        {
            using var admin = await ApiAsAsync("admin", stack.AdminPassword);
            await EnsureAsync(await admin.PutAsJsonAsync($"/api/users/{id}/role", new { role }), "grant role");
        }
        return new StaffAccount(id, username, Password, fullName, role);
    }

    public Task<HttpClient> ApiAsAsync(StaffAccount account) => ApiAsAsync(account.Username, account.Password);

    /// <summary>An API client carrying the bearer token of a login.</summary>
    public async Task<HttpClient> ApiAsAsync(string username, string password)
    {
        var api = stack.CreateHttpClient("api");
        var login = await api.PostAsJsonAsync("/api/auth/login", new { username, password });
        await EnsureAsync(login, $"log in as {username}");
        var token = (await login.Content.ReadFromJsonAsync<JsonObject>())!["accessToken"]!.GetValue<string>();
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return api;
    }

    /// <summary>POSTs a record as <paramref name="api"/>'s user and answers it as JSON.</summary>
    public static async Task<JsonObject> CreateRecordAsync(HttpClient api, string path, object body)
    {
        var response = await api.PostAsJsonAsync(path, body);
        await EnsureAsync(response, $"POST {path}");
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }

    /// <summary>A pet assigned to <paramref name="specialist"/>, created by <paramref name="creator"/> (admin or coordinator).</summary>
    public static Task<JsonObject> CreatePetAsync(HttpClient creator, StaffAccount specialist, string petName) =>
        CreateRecordAsync(creator, "/api/pets", new
        {
            petName, species = "canine", breed = "Labrador", medicalHistorySummary = "Lame left hind since March; NSAIDs helped a little.",
            ownerName = "Jordan Owner", ownerPhone = "+44 20 7946 0001", primaryVetClinic = "Riverside Vets", assignedSpecialist = new { id = specialist.Id },
        });

    public static Task<JsonObject> CreateReferralAsync(HttpClient creator, Guid petId, string priority = "urgent") =>
        CreateRecordAsync(creator, "/api/referrals", new
        {
            pet = new { id = petId }, referringClinic = "Riverside Vets", referralReason = "Suspected cranial cruciate rupture, TPLO consult.", priority,
        });

    public static Task<JsonObject> CreatePlanAsync(HttpClient specialist, Guid petId, Guid referralId, string title, string? nextReviewDate = null) =>
        CreateRecordAsync(specialist, "/api/treatment-plans", new
        {
            planTitle = title, pet = new { id = petId }, referral = new { id = referralId }, diagnosisNotes = "Cranial cruciate ligament rupture, left stifle.",
            planStatus = "active", nextReviewDate, medicationNotes = "Meloxicam 0.1 mg/kg once daily.", clientInstructions = "Lead walks only, 10 minutes twice a day.",
        });

    private static async Task EnsureAsync(HttpResponseMessage response, string what)
    {
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"Could not {what}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }
    }
}

/// <summary>Reads ids out of API JSON.</summary>
public static class Json
{
    public static Guid Id(this JsonObject record) => record["id"]!.GetValue<Guid>();

    public static string Text(this JsonObject record, string field) => record[field]!.GetValue<string>();

    public static uint Version(this JsonObject record) => record["version"]!.GetValue<uint>();
}
