using System.Text.Json.Nodes;
using VetCrm.Api.Common;

namespace VetCrm.Api.TreatmentPlans;

/// <summary>One saved version of a plan: number, who, when, what changed, and the plan as it was.</summary>
public sealed record TreatmentPlanVersionView(int VersionNumber, RecordRef? SavedBy, DateTimeOffset SavedAt, string[] ChangedFields, JsonObject Snapshot);
