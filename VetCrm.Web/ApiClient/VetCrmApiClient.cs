using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.AspNetCore.WebUtilities;

namespace VetCrm.Web.ApiClient;

/// <summary>
/// Typed client for VetCrm.Api; the web frontend reads and writes only through it. The signed-in user's bearer token
/// is added by <see cref="BearerTokenHandler"/>, so every call runs under the API's access rules for that user.
/// Any non-success answer becomes an <see cref="ApiProblemException"/> carrying the ProblemDetails.
/// </summary>
public sealed partial class VetCrmApiClient(HttpClient http)
{
    // Nulls are sent: on a create the API names a missing required field, on a patch null clears an optional one.
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public Task<ServiceStatus?> GetStatusAsync(CancellationToken cancellationToken) =>
        http.GetFromJsonAsync<ServiceStatus>("/api/status", cancellationToken);

    // Accounts

    public Task<AccessTokens> LoginAsync(string username, string password, CancellationToken cancellationToken) =>
        SendAsync<AccessTokens>(HttpMethod.Post, "/api/auth/login", new { username, password }, cancellationToken, anonymous: true);

    /// <summary>Trades a refresh token for new tokens: the access token lives an hour, a working day is longer.</summary>
    public Task<AccessTokens> RefreshAsync(string refreshToken, CancellationToken cancellationToken) =>
        SendAsync<AccessTokens>(HttpMethod.Post, "/api/auth/refresh", new { refreshToken }, cancellationToken, anonymous: true);

    public Task<StaffUser> SignupAsync(SignupRequest request, CancellationToken cancellationToken) =>
        SendAsync<StaffUser>(HttpMethod.Post, "/api/auth/signup", request, cancellationToken, anonymous: true);

    public Task LogoutAsync(CancellationToken cancellationToken) =>
        SendAsync<JsonElement?>(HttpMethod.Post, "/api/auth/logout", null, cancellationToken);

    /// <param name="accessToken">A token to use instead of the signed-in user's: right after login, before the cookie exists.</param>
    public Task<StaffUser> GetMeAsync(CancellationToken cancellationToken, string? accessToken = null) =>
        SendAsync<StaffUser>(HttpMethod.Get, "/api/auth/me", null, cancellationToken, accessToken);

    // Users (admin)

    public Task<Page<StaffUser>> ListUsersAsync(string? role, string? q, string? cursor, CancellationToken cancellationToken) =>
        GetAsync<Page<StaffUser>>("/api/users", new() { ["role"] = role, ["q"] = q, ["cursor"] = cursor, ["limit"] = "50" }, cancellationToken);

    public Task<StaffUser[]> ListSpecialistsAsync(CancellationToken cancellationToken) =>
        GetAsync<StaffUser[]>("/api/specialists", new(), cancellationToken);

    public Task<StaffUser> SetRoleAsync(Guid userId, string? role, CancellationToken cancellationToken) =>
        SendAsync<StaffUser>(HttpMethod.Put, $"/api/users/{userId}/role", new { role }, cancellationToken);

    // Pets

    public Task<Page<Pet>> ListPetsAsync(PetQuery query, CancellationToken cancellationToken) =>
        GetAsync<Page<Pet>>("/api/pets", new()
        {
            ["q"] = query.Q, ["assignedSpecialist"] = query.AssignedSpecialist?.ToString(), ["cursor"] = query.Cursor,
            ["limit"] = query.Limit.ToString(), ["include"] = "assignedSpecialist",
        }, cancellationToken);

    public Task<Pet> GetPetAsync(Guid id, CancellationToken cancellationToken) =>
        GetAsync<Pet>($"/api/pets/{id}", new() { ["include"] = "assignedSpecialist" }, cancellationToken);

    /// <summary>The case page's data in one call: pet, referrals with history, plans with versions, timeline (optionally of one type).</summary>
    public Task<CaseFile> GetCaseAsync(Guid petId, string? interactionType, CancellationToken cancellationToken) =>
        GetAsync<CaseFile>($"/api/pets/{petId}/case", new() { ["interactionType"] = interactionType }, cancellationToken);

    public Task<Pet> CreatePetAsync(PetWrite pet, CancellationToken cancellationToken) =>
        SendAsync<Pet>(HttpMethod.Post, "/api/pets", pet, cancellationToken);

    public Task<Pet> UpdatePetAsync(Guid petId, PetPatch pet, CancellationToken cancellationToken) =>
        SendAsync<Pet>(HttpMethod.Patch, $"/api/pets/{petId}", pet, cancellationToken);

    public Task<Pet> AssignSpecialistAsync(Guid petId, Guid specialistId, uint version, CancellationToken cancellationToken) =>
        SendAsync<Pet>(HttpMethod.Patch, $"/api/pets/{petId}", new { assignedSpecialist = new IdRef(specialistId), version }, cancellationToken);

    /// <summary>The header search over pets, owners, phone numbers and referral numbers, a page at a time.</summary>
    /// <summary>One pet as the search shows it: also another team's patient, for a coordinator recording its new referral.</summary>
    public Task<SearchHit> GetSearchHitAsync(Guid id, CancellationToken cancellationToken) =>
        SendAsync<SearchHit>(HttpMethod.Get, $"/api/search/{id}", null, cancellationToken);

    public Task<Page<SearchHit>> SearchAsync(string q, string? cursor, CancellationToken cancellationToken) =>
        GetAsync<Page<SearchHit>>("/api/search", new() { ["q"] = q, ["cursor"] = cursor, ["limit"] = "50" }, cancellationToken);

    // Referrals

    public Task<Page<Referral>> ListReferralsAsync(ReferralQuery query, CancellationToken cancellationToken) =>
        GetAsync<Page<Referral>>("/api/referrals", new()
        {
            ["pet"] = query.Pet?.ToString(), ["receivedBy"] = query.ReceivedBy?.ToString(),
            ["limit"] = query.Limit.ToString(), ["include"] = "pet,receivedBy",
        }, cancellationToken);

    /// <summary>The triage queue: open referrals, emergency first, then oldest first.</summary>
    public Task<Page<Referral>> GetQueueAsync(string? cursor, CancellationToken cancellationToken) =>
        GetAsync<Page<Referral>>("/api/referrals/queue", new() { ["cursor"] = cursor, ["limit"] = "50" }, cancellationToken);

    public Task<QueueCounts> GetQueueCountsAsync(CancellationToken cancellationToken) =>
        GetAsync<QueueCounts>("/api/referrals/queue/counts", [], cancellationToken);

    public Task<Referral> GetReferralAsync(Guid id, CancellationToken cancellationToken) =>
        GetAsync<Referral>($"/api/referrals/{id}", new() { ["include"] = "pet,receivedBy" }, cancellationToken);

    public Task<Referral> CreateReferralAsync(ReferralWrite referral, CancellationToken cancellationToken) =>
        SendAsync<Referral>(HttpMethod.Post, "/api/referrals", referral, cancellationToken);

    /// <param name="version">The version the move was decided on (409 when the referral changed since).</param>
    public Task<Referral> MoveReferralAsync(Guid id, string? status, string? reason, uint version, CancellationToken cancellationToken) =>
        SendAsync<Referral>(HttpMethod.Post, $"/api/referrals/{id}/status", new { status, reason, version }, cancellationToken);

    // Treatment plans

    public Task<Page<TreatmentPlan>> ListPlansAsync(PlanQuery query, CancellationToken cancellationToken) =>
        GetAsync<Page<TreatmentPlan>>("/api/treatment-plans", new()
        {
            ["pet"] = query.Pet?.ToString(), ["planStatus"] = query.PlanStatus, ["review"] = query.Review, ["limit"] = query.Limit.ToString(), ["include"] = "pet,createdBy",
        }, cancellationToken);

    public Task<TreatmentPlan> GetPlanAsync(Guid id, CancellationToken cancellationToken) =>
        GetAsync<TreatmentPlan>($"/api/treatment-plans/{id}", new() { ["include"] = "pet,referral,createdBy" }, cancellationToken);

    public Task<TreatmentPlan> CreatePlanAsync(PlanWrite plan, CancellationToken cancellationToken) =>
        SendAsync<TreatmentPlan>(HttpMethod.Post, "/api/treatment-plans", plan, cancellationToken);

    public Task<TreatmentPlan> UpdatePlanAsync(Guid id, PlanWrite plan, CancellationToken cancellationToken) =>
        SendAsync<TreatmentPlan>(HttpMethod.Patch, $"/api/treatment-plans/{id}", plan, cancellationToken);

    public async Task<IReadOnlyList<PlanVersion>> GetPlanVersionsAsync(Guid id, CancellationToken cancellationToken) =>
        (await GetAsync<Page<PlanVersion>>($"/api/treatment-plans/{id}/versions", [], cancellationToken)).Items;

    // Interactions

    public Task<Page<Interaction>> ListInteractionsAsync(InteractionQuery query, CancellationToken cancellationToken) =>
        GetAsync<Page<Interaction>>("/api/interactions", new()
        {
            ["pet"] = query.Pet?.ToString(), ["interactionType"] = query.InteractionType,
            ["followUpNeeded"] = query.FollowUpNeeded?.ToString().ToLowerInvariant(),
            ["limit"] = query.Limit.ToString(), ["include"] = query.IncludePet ? "pet,user" : "user",
        }, cancellationToken);

    public Task<Interaction> CreateInteractionAsync(InteractionWrite interaction, CancellationToken cancellationToken) =>
        SendAsync<Interaction>(HttpMethod.Post, "/api/interactions", interaction, cancellationToken);

    // Audit (admin)

    public Task<AuditFilters> GetAuditFiltersAsync(CancellationToken cancellationToken) =>
        SendAsync<AuditFilters>(HttpMethod.Get, "/api/audit/filters", null, cancellationToken);

    public Task<Page<AuditEntry>> ListAuditAsync(AuditQuery query, CancellationToken cancellationToken) =>
        GetAsync<Page<AuditEntry>>("/api/audit", new()
        {
            ["actor"] = query.Actor?.ToString(), ["entityType"] = query.EntityType, ["entityId"] = query.EntityId, ["action"] = query.Action,
            // Whole UTC days: "to" is exclusive in the API, so the chosen last day is included (the last day of all is no bound).
            ["from"] = StartOfDay(query.From), ["to"] = StartOfDay(query.To < DateOnly.MaxValue ? query.To?.AddDays(1) : null), ["cursor"] = query.Cursor, ["limit"] = "50",
        }, cancellationToken);

    // Referral analytics (admin)

    /// <param name="lastDay">The last day counted: the API's "to" is the first day not counted.</param>
    public Task<ReferralAnalytics> GetReferralAnalyticsAsync(DateOnly? from, DateOnly? lastDay, CancellationToken cancellationToken) =>
        GetAsync<ReferralAnalytics>("/api/analytics/referrals", new()
        {
            ["from"] = from?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["to"] = (lastDay < DateOnly.MaxValue ? lastDay?.AddDays(1) : lastDay)?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        }, cancellationToken);

    private static string? StartOfDay(DateOnly? day) => day?.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture);

    private Task<T> GetAsync<T>(string path, Dictionary<string, string?> query, CancellationToken cancellationToken) =>
        SendAsync<T>(HttpMethod.Get, QueryHelpers.AddQueryString(path, query.Where(p => !string.IsNullOrEmpty(p.Value))), null, cancellationToken);

    /// <summary>Sends a body that is not JSON (a message's multipart form) and reads the JSON answer.</summary>
    private async Task<T> SendContentAsync<T>(HttpMethod method, string uri, HttpContent content, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, uri) { Content = content };
        using var response = await http.SendAsync(request, cancellationToken);
        if (!response.IsSuccessStatusCode) throw await ProblemAsync(response, cancellationToken);
        return (await response.Content.ReadFromJsonAsync<T>(Json, cancellationToken))!;
    }

    /// <param name="accessToken">A token to send instead of the signed-in user's.</param>
    /// <param name="anonymous">Send no token at all (login, sign-up, refresh).</param>
    private async Task<T> SendAsync<T>(HttpMethod method, string uri, object? body, CancellationToken cancellationToken, string? accessToken = null, bool anonymous = false)
    {
        using var request = new HttpRequestMessage(method, uri);
        request.Options.Set(BearerTokenHandler.WithoutUserToken, anonymous);
        if (body is not null) request.Content = JsonContent.Create(body, body.GetType(), options: Json);
        if (accessToken is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        using var response = await http.SendAsync(request, cancellationToken);
        if (!response.IsSuccessStatusCode) throw await ProblemAsync(response, cancellationToken);
        if (response.StatusCode == HttpStatusCode.NoContent || response.Content.Headers.ContentLength == 0) return default!;
        return (await response.Content.ReadFromJsonAsync<T>(Json, cancellationToken))!;
    }

    private static async Task<ApiProblemException> ProblemAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        ProblemBody? problem = null;
        if (response.Content.Headers.ContentType?.MediaType?.Contains("json", StringComparison.OrdinalIgnoreCase) == true)
        {
            try { problem = await response.Content.ReadFromJsonAsync<ProblemBody>(Json, cancellationToken); }
            catch (JsonException) { /* not a ProblemDetails: the status code alone says what happened */ }
        }
        return new ApiProblemException(response.StatusCode, problem?.Title, problem?.Detail, problem?.Errors ?? []);
    }
}
