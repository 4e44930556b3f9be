using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace VetCrm.Web.ApiClient;

public sealed record InteractionWrite(
    IdRef Pet,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IdRef? Referral,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IdRef? TreatmentPlan,
    string? InteractionType, string? Summary, bool FollowUpNeeded);
