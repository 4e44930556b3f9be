using System.Text.Json.Nodes;

namespace VetCrm.Api.TreatmentPlans;

public sealed record FieldChange(JsonNode? Before, JsonNode? After);
