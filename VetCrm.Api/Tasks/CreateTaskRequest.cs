using VetCrm.Api.Common;

namespace VetCrm.Api.Tasks;

/// <summary>A task on a pet's case; the assignee defaults to the caller and dueAt to the configured default from now.</summary>
public sealed record CreateTaskRequest(RecordRef? Pet, RecordRef? Referral, string? Title, RecordRef? Assignee, DateTimeOffset? DueAt);
