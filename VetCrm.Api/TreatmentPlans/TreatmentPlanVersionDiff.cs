namespace VetCrm.Api.TreatmentPlans;

/// <summary>Two versions compared: each field that differs, with its value in <c>from</c> and in <c>to</c>.</summary>
public sealed record TreatmentPlanVersionDiff(int From, int To, Dictionary<string, FieldChange> Changes);
