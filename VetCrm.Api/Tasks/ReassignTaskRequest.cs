using VetCrm.Api.Common;

namespace VetCrm.Api.Tasks;

/// <summary>Give a task to another staff member who can see its case.</summary>
public sealed record ReassignTaskRequest(uint? Version, RecordRef? Assignee);
