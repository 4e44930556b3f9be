using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Npgsql;
using VetCrm.Tests.Infrastructure;

namespace VetCrm.Tests.Api;

/// <summary>An answer of the API: status, the media type and text of its body when there is one, and a JSON body parsed.</summary>
public sealed record ApiResponse(HttpStatusCode Status, JsonNode? Body, string Text, string? ServerTiming = null, string? MediaType = null)
{
    public JsonObject Object => Body as JsonObject ?? throw new InvalidOperationException($"Expected a JSON object, got {(int)Status}: {Text}");

    /// <summary>The messages of a ProblemDetails <c>errors</c> member for one field, empty when there are none.</summary>
    public string[] ErrorsFor(string field) =>
        Body?["errors"]?[field] is JsonArray messages ? messages.Select(m => m!.GetValue<string>()).ToArray() : [];

    public ApiResponse Expect(HttpStatusCode status)
    {
        Assert.True(Status == status, $"Expected {(int)status} {status}, got {(int)Status}: {Text}");
        return this;
    }

    public string Id => Object["id"]!.GetValue<string>();
    public uint Version => Object["version"]!.GetValue<uint>();
}

/// <summary>A signed-in (or anonymous) caller of the API with a bearer token.</summary>
public sealed class ApiClient(HttpClient http, Guid userId, string userName) : IDisposable
{
    public HttpClient Http => http;
    public string? AccessToken => http.DefaultRequestHeaders.Authorization?.Parameter;

    /// <summary>The same caller talking to another address, e.g. one particular API replica.</summary>
    public ApiClient At(Uri baseAddress)
    {
        var other = new HttpClient { BaseAddress = baseAddress };
        other.DefaultRequestHeaders.Authorization = http.DefaultRequestHeaders.Authorization;
        return new ApiClient(other, userId, userName);
    }
    public Guid UserId => userId;
    public string UserName => userName;

    public Task<ApiResponse> GetAsync(string url) => SendAsync(HttpMethod.Get, url, null);
    public Task<ApiResponse> PostAsync(string url, object? body = null) => SendAsync(HttpMethod.Post, url, body);
    public Task<ApiResponse> PatchAsync(string url, object body) => SendAsync(HttpMethod.Patch, url, body);
    public Task<ApiResponse> PutAsync(string url, object body) => SendAsync(HttpMethod.Put, url, body);

    /// <summary>Moves a record's status as a person does: decided on the version just read (a live re-read, so not audited as a read).</summary>
    public async Task<ApiResponse> MoveAsync(string records, object id, string status, string? reason)
    {
        using var read = new HttpRequestMessage(HttpMethod.Get, $"/api/{records}/{id}");
        read.Headers.Add("X-Live-Refresh", "true");
        var current = await SendAsync(read);
        var version = current.Body?["version"]?.GetValue<uint>();
        return await PostAsync($"/api/{records}/{id}/status", new { status, reason, version });
    }

    public async Task<ApiResponse> SendAsync(HttpMethod method, string url, object? body)
    {
        using var request = new HttpRequestMessage(method, url);
        if (body is string raw) request.Content = new StringContent(raw, Encoding.UTF8, "application/json");
        else if (body is not null) request.Content = JsonContent.Create(body, body.GetType());
        return await SendAsync(request);
    }

    public async Task<ApiResponse> SendAsync(HttpRequestMessage request)
    {
        using var response = await http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        JsonNode? json = null;
        if (text.Length > 0 && response.Content.Headers.ContentType?.MediaType?.Contains("json") == true) json = JsonNode.Parse(text);
        var timing = response.Headers.TryGetValues("Server-Timing", out var values) ? string.Join(", ", values) : null;
        var mediaType = text.Length > 0 ? response.Content.Headers.ContentType?.MediaType : null;
        return new ApiResponse(response.StatusCode, json, text, timing, mediaType);
    }

    public void Dispose() => http.Dispose();
}

/// <summary>
/// Accounts and records for API tests: each test makes its own users (signup + admin role grant), so tests never
/// depend on each other's data; plus direct SQL to compare the API against the database.
/// </summary>
public sealed class ApiFixtureHelpers(StackFixture stack)
{
    public const string Password = "Test-password-2026";

    public StackFixture Stack => stack;

    /// <summary>
    /// A caller from a workstation of its own: the API takes the client address from X-Forwarded-For on loopback, so the
    /// suite's hundreds of sign-ins are many clients, as at a hospital, not one client over the sign-in rate limit.
    /// </summary>
    public ApiClient Anonymous()
    {
        var http = stack.CreateHttpClient("api");
        http.DefaultRequestHeaders.Add("X-Forwarded-For", $"2001:db8:{Random.Shared.Next(0x10000):x}::{Random.Shared.Next(1, 0x10000):x}");
        return new ApiClient(http, Guid.Empty, "");
    }

    /// <summary>
    /// The admin, signed in once per stack and then a caller of its own each time: a sign-in costs a deliberately slow
    /// password hash (about 0.1 s of a core), and the suite asks for the admin hundreds of times. A test that signs the
    /// admin out ends every session of it, so the token is checked first and the admin signed in again when it was.
    /// </summary>
    public async Task<ApiClient> AdminAsync()
    {
        var signIn = AdminSignIns.GetOrAdd(stack, _ => new(() => SignInAsync("admin", stack.AdminPassword)));
        var (token, id) = await signIn.Value;
        var admin = Caller(token, id, "admin");
        if ((await admin.GetAsync("/api/auth/me")).Status != HttpStatusCode.Unauthorized) return admin;
        admin.Dispose();
        AdminSignIns.TryUpdate(stack, new(() => SignInAsync("admin", stack.AdminPassword)), signIn);
        (token, id) = await AdminSignIns[stack].Value;
        return Caller(token, id, "admin");
    }

    public async Task<ApiClient> LoginAsync(string userName, string password)
    {
        var (token, id) = await SignInAsync(userName, password);
        return Caller(token, id, userName);
    }

    private static readonly ConcurrentDictionary<StackFixture, Lazy<Task<(string Token, Guid Id)>>> AdminSignIns = new();

    private async Task<(string Token, Guid Id)> SignInAsync(string userName, string password)
    {
        using var anonymous = Anonymous();
        var login = (await anonymous.PostAsync("/api/auth/login", new { username = userName, password })).Expect(HttpStatusCode.OK);
        var token = login.Object["accessToken"]!.GetValue<string>();
        using var caller = Caller(token, Guid.Empty, userName);
        var me = (await caller.GetAsync("/api/auth/me")).Expect(HttpStatusCode.OK);
        return (token, Guid.Parse(me.Id));
    }

    private ApiClient Caller(string token, Guid userId, string userName)
    {
        var http = stack.CreateHttpClient("api");
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return new ApiClient(http, userId, userName);
    }

    /// <summary>Signs a new user up, has the admin grant <paramref name="role"/> (null: none), and logs in.</summary>
    public async Task<ApiClient> NewUserAsync(string? role)
    {
        var userName = $"{role ?? "norole"}-{Guid.NewGuid():N}"[..30];
        using (var anonymous = Anonymous())
        {
            (await anonymous.PostAsync("/api/auth/signup", new { username = userName, email = $"{userName}@test.example", password = Password, fullName = $"Test {role}" }))
                .Expect(HttpStatusCode.Created);
        }
        var user = await LoginAsync(userName, Password);
        if (role is not null)
        {
            using var admin = await AdminAsync();
            (await admin.PutAsync($"/api/users/{user.UserId}/role", new { role })).Expect(HttpStatusCode.OK);
        }
        return user;
    }

    public static object PetBody(Guid specialistId, string? petName = null) => new
    {
        petName = petName ?? "Biscuit",
        species = "canine",
        breed = "Labrador Retriever",
        dateOfBirth = "2019-04-02",
        medicalHistorySummary = "Grade IV/VI left apical murmur.",
        ownerName = "Maria Santos",
        ownerPhone = "+1 555 0134",
        primaryVetClinic = "Riverside Animal Clinic",
        assignedSpecialist = new { id = specialistId },
    };

    public static object ReferralBody(string petId, string priority = "urgent") => new
    {
        pet = new { id = petId },
        referringClinic = "Riverside Animal Clinic",
        referralReason = "Suspected MMVD stage B2; echo requested.",
        priority,
    };

    /// <summary>An active plan; its review is six weeks ahead (a TPLO recheck) unless <paramref name="nextReviewDate"/> says otherwise.</summary>
    public static object PlanBody(string petId, string referralId, DateOnly? nextReviewDate = null) => new
    {
        planTitle = "MMVD B2 management",
        pet = new { id = petId },
        referral = new { id = referralId },
        diagnosisNotes = "Echo: LA:Ao 1.9.",
        planStatus = "active",
        nextReviewDate = (nextReviewDate ?? DateOnly.FromDateTime(DateTime.UtcNow).AddDays(42)).ToString("yyyy-MM-dd"),
        medicationNotes = "Pimobendan 0.25 mg/kg PO q12h",
        clientInstructions = "Count resting breaths nightly.",
    };

    public static object InteractionBody(string petId, string type = "note", string? referralId = null) => new
    {
        pet = new { id = petId },
        referral = referralId is null ? null : new { id = referralId },
        interactionType = type,
        summary = "Owner called: resting breath rate 24.",
        followUpNeeded = false,
    };

    public static async Task<string> CreateAsync(ApiClient client, string records, object body) =>
        (await client.PostAsync($"/api/{records}", body)).Expect(HttpStatusCode.Created).Id;

    public async Task<T?> ScalarAsync<T>(string sql, params (string Name, object Value)[] parameters)
    {
        await using var connection = new NpgsqlConnection(await stack.GetConnectionStringAsync("vetcrmdb"));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, value);
        var result = await command.ExecuteScalarAsync();
        return result is null or DBNull ? default : (T)result;
    }

    public async Task<List<Guid>> IdsAsync(string sql, params (string Name, object Value)[] parameters)
    {
        await using var connection = new NpgsqlConnection(await stack.GetConnectionStringAsync("vetcrmdb"));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, value);
        var ids = new List<Guid>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync()) ids.Add(reader.GetGuid(0));
        return ids;
    }

    /// <summary>Every page of a list, following nextCursor.</summary>
    public static async Task<List<JsonObject>> AllPagesAsync(ApiClient client, string url)
    {
        var items = new List<JsonObject>();
        string? cursor = null;
        do
        {
            var page = (await client.GetAsync(cursor is null ? url : $"{url}{(url.Contains('?') ? '&' : '?')}cursor={Uri.EscapeDataString(cursor)}"))
                .Expect(HttpStatusCode.OK).Object;
            items.AddRange(page["items"]!.AsArray().Select(i => i!.AsObject()));
            cursor = page["nextCursor"]?.GetValue<string>();
        } while (cursor is not null);
        return items;
    }

    public static JsonSerializerOptions Json { get; } = new(JsonSerializerDefaults.Web);
}
