using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace VetCrm.Web.ApiClient;

/// <summary>A referral intake; a blank ReferralNumber is left out so the API generates one.</summary>
public sealed record ReferralWrite(
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? ReferralNumber,
    IdRef Pet, string? ReferringClinic, string? ReferralReason, string? Priority);
