using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.WebUtilities;

namespace VetCrm.Web.ApiClient;

public sealed record InteractionQuery(Guid? Pet = null, string? InteractionType = null, bool? FollowUpNeeded = null, int Limit = 50, bool IncludePet = false);
