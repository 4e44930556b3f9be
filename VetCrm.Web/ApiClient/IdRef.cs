using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.WebUtilities;

namespace VetCrm.Web.ApiClient;

/// <summary>A reference as the API writes it: <c>{"id": "…"}</c>.</summary>
public sealed record IdRef(Guid Id);
