namespace VetCrm.Web.ApiClient;

// The API's records as the web reads them (JSON in camelCase). A reference arrives as {"id": "…"} and, with
// include=…, as the whole record in place; so referenced records use the same types with their other fields left at
// their defaults when not included. allowedActions and nextStatuses say what the signed-in user may do with a record:
// the web shows buttons by them instead of knowing the access rules or the state machines.

/// <summary>One pet's whole case as the case page shows it, read in one call.</summary>
public sealed record CaseFile(Pet Pet, IReadOnlyList<CaseReferral>? Referrals, IReadOnlyList<CasePlan> Plans, IReadOnlyList<Interaction> Timeline, IReadOnlyList<string> AllowedActions);
