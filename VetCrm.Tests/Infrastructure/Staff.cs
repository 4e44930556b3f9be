using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace VetCrm.Tests.Infrastructure;

/// <summary>A signed-in staff member: who it is and an API client that carries its bearer token.</summary>
public sealed record StaffMember(Guid Id, string Username, string Role, string AccessToken, HttpClient Api)
{
    /// <summary>The same user, talking to another address (e.g. one particular API replica).</summary>
    public HttpClient ClientFor(Uri baseAddress) => Staff.Authorized(new HttpClient { BaseAddress = baseAddress }, AccessToken);
}

/// <summary>Creates staff accounts the way a clinic does: sign-up, then the admin grants a role.</summary>
public static class Staff
{
    public const string AdminUserName = "admin";
    public const string Password = "Test-Passw0rd!";

    public static async Task<StaffMember> AdminAsync(StackFixture stack)
    {
        var api = stack.CreateHttpClient("api");
        var token = await LogInAsync(api, AdminUserName, stack.AdminPassword);
        var me = await Authorized(api, token).GetFromJsonAsync<JsonObject>("/api/auth/me");
        return new StaffMember(Guid.Parse((string)me!["id"]!), AdminUserName, "admin", token, api);
    }

    public static async Task<StaffMember> CreateAsync(StackFixture stack, string role, StaffMember? admin = null)
    {
        admin ??= await AdminAsync(stack);
        var api = stack.CreateHttpClient("api");
        var username = $"{role.ToLowerInvariant()}-{Guid.NewGuid():N}"[..24];
        var signup = await api.PostAsJsonAsync("/api/auth/signup", new { username, email = $"{username}@clinic.test", password = Password, fullName = $"Test {role}" });
        await EnsureSuccessAsync(signup);
        var id = Guid.Parse((string)(await signup.Content.ReadFromJsonAsync<JsonObject>())!["id"]!);
        await EnsureSuccessAsync(await admin.Api.PutAsJsonAsync($"/api/users/{id}/role", new { role }));
        var token = await LogInAsync(api, username, Password);
        return new StaffMember(id, username, role, token, Authorized(api, token));
    }

    public static async Task<string> LogInAsync(HttpClient api, string username, string password)
    {
        var response = await api.PostAsJsonAsync("/api/auth/login", new { username, password });
        await EnsureSuccessAsync(response);
        return (string)(await response.Content.ReadFromJsonAsync<JsonObject>())!["accessToken"]!;
    }

    public static HttpClient Authorized(HttpClient client, string accessToken)
    {
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        return client;
    }

    /// <summary>Like EnsureSuccessStatusCode, but the failure says what the API answered.</summary>
    public static async Task<HttpResponseMessage> EnsureSuccessAsync(HttpResponseMessage response)
    {
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"{(int)response.StatusCode} {response.RequestMessage?.Method} {response.RequestMessage?.RequestUri}: {await response.Content.ReadAsStringAsync()}");
        }
        return response;
    }
}
