using System.Text.Json.Nodes;
using VetCrm.Api.Common;
using VetCrm.Api.OpenApi;

namespace VetCrm.Api.TreatmentPlans;

/// <summary>One saved version of a plan: number, who, when, what changed, and the plan as it was.</summary>
public sealed record TreatmentPlanVersionView(int VersionNumber, VersionSaverView? SavedBy, DateTimeOffset SavedAt, string[] ChangedFields,
    [property: DocumentedAs(typeof(TreatmentPlanSnapshot))] JsonObject Snapshot);
