using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.WebUtilities;

namespace VetCrm.Web.ApiClient;

public sealed record ServiceStatus(string Service, string Version, string DatabaseSchema, string DatabaseServer);
