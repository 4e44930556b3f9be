namespace VetCrm.Web.ApiClient;

// The API's records as the web reads them (JSON in camelCase). A reference arrives as {"id": "…"} and, with
// include=…, as the whole record in place; so referenced records use the same types with their other fields left at
// their defaults when not included. allowedActions and nextStatuses say what the signed-in user may do with a record:
// the web shows buttons by them instead of knowing the access rules or the state machines.

/// <summary>What a notification points at: a record (pet, task, treatmentPlan …) on a pet's case.</summary>
public sealed record NotificationLink(string RecordType, Guid Id, Guid Pet);
