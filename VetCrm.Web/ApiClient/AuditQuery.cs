using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.WebUtilities;

namespace VetCrm.Web.ApiClient;

public sealed record AuditQuery(Guid? Actor, string? EntityType, string? EntityId, string? Action, DateOnly? From, DateOnly? To, string? Cursor);
