using System.Collections.Concurrent;
using VetCrm.Data.Records;

namespace VetCrm.Api.Access;

/// <summary>
/// What a caller may do with a record it sees, as views carry it (<c>allowedActions</c>, <c>nextStatuses</c>), so
/// that no client re-encodes the access rules or a state machine. Derived from <see cref="CaseAccess"/> and the
/// record type's <see cref="StatusWorkflow"/>.
/// </summary>
public static class RecordActions
{
    public const string Update = "update";
    public const string ChangeStatus = "changeStatus";
    public const string Archive = "archive";
    public const string AddReferral = "addReferral";
    public const string AddPlan = "addPlan";
    public const string LogInteraction = "logInteraction";

    private static readonly ConcurrentDictionary<(string? Role, string Type, string? Status), string[]> Cache = new();

    /// <param name="status">The record's current status, for types that have one.</param>
    public static IReadOnlyList<string> Allowed(Actor actor, RecordType type, string? status = null) =>
        Cache.GetOrAdd((actor.Role, type.Name, status), _ =>
        {
            List<string> actions = [];
            if (CaseAccess.MayUpdate(actor, type)) actions.Add(Update);
            if (status is not null && NextStatuses(actor, type, status).Count > 0) actions.Add(ChangeStatus);
            if (CaseAccess.MayArchive(actor)) actions.Add(Archive);
            return [.. actions];
        });

    /// <summary>The statuses the caller may move the record to from <paramref name="status"/>; none when it may not move it.</summary>
    public static IReadOnlyList<string> NextStatuses(Actor actor, RecordType type, string status) =>
        type.Status is { } workflow && CaseAccess.MayChangeStatus(actor, type) ? workflow.NextFrom(status) : [];
}
