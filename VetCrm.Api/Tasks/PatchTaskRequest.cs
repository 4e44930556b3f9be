using VetCrm.Api.Commands;
using VetCrm.Api.Common;

namespace VetCrm.Api.Tasks;

/// <summary>The fields to change; the status moves only through its own routes, which keep its history.</summary>
public sealed record PatchTaskRequest(
    uint? Version, Optional<string?> Title, Optional<DateTimeOffset?> DueAt, Optional<RecordRef?> Assignee, Optional<RecordRef?> Referral)
{
    public static readonly IReadOnlyDictionary<string, string> Refused = new Dictionary<string, string>
    {
        ["pet"] = "cannot change: a task stays on its pet's case.",
        ["status"] = "cannot be patched: use POST /api/tasks/{id}/status (or /done, /snooze), which keeps the status history.",
        ["snoozedUntil"] = "is set by snoozing: use POST /api/tasks/{id}/snooze.",
        ["completedAt"] = "is set when the task is done.",
        ["completedBy"] = "is set when the task is done.",
        ["sourceInteraction"] = "cannot change: it is the interaction the task was made from.",
    };
}
