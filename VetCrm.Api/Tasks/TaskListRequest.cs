using VetCrm.Api.Common;
using VetCrm.Api.OpenApi;
using VetCrm.Data.Entities;
using VetCrm.Data.Records;

namespace VetCrm.Api.Tasks;

/// <param name="Mine">Only the caller's own tasks.</param>
/// <param name="Due"><c>overdue</c>: not done and past due (or past the end of a snooze).</param>
public sealed record TaskListRequest(
    Guid? Pet, Guid? Referral, Guid? SourceInteraction, Guid? Assignee, bool? Mine, [ValueSet(typeof(TaskStatuses))] string? Status,
    [ValueSet(typeof(TaskDeadlines), nameof(TaskDeadlines.States))] string? Due,
    DateTimeOffset? DueBefore, DateTimeOffset? DueAfter, bool? Archived,
    string? Order, int? Limit, string? Cursor, string? Include) : IListRequest;
