using System.Net.Http.Json;

namespace VetCrm.Web.ApiClient;

/// <summary>Typed client for VetCrm.Api; the web frontend reads and writes only through it.</summary>
public sealed class VetCrmApiClient(HttpClient http)
{
    public Task<ServiceStatus?> GetStatusAsync(CancellationToken cancellationToken) =>
        http.GetFromJsonAsync<ServiceStatus>("/api/status", cancellationToken);
}

public sealed record ServiceStatus(string Service, string Version, string DatabaseSchema, string DatabaseServer);
