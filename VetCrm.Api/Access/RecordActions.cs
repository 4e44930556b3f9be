using System.Collections.Concurrent;
using VetCrm.Data.Entities;
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
    public const string CreatePet = "createPet";
    public const string CreateReferral = "createReferral";
    public const string CreatePlan = "createPlan";
    public const string ReadReferrals = "readReferrals";
    public const string ReadClinicalNotes = "readClinicalNotes";
    public const string WorkIntakeQueue = "workIntakeQueue";
    public const string ManageUsers = "manageUsers";
    public const string ReadAudit = "readAudit";
    public const string ReadReferralAnalytics = "readReferralAnalytics";
    public const string BookAppointment = "bookAppointment";
    public const string RecordScore = "recordScore";
    public const string ManageScoreTypes = "manageScoreTypes";

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

    /// <summary>What the caller's role allows across records, for a client's menus and buttons.</summary>
    public static IReadOnlyList<string> ForCaller(Actor actor)
    {
        List<string> actions = [];
        if (CaseAccess.MayCreate(actor, RecordTypes.Pet)) actions.Add(CreatePet);
        if (CaseAccess.MayCreate(actor, RecordTypes.Referral)) actions.AddRange([CreateReferral, WorkIntakeQueue]);
        if (CaseAccess.MayCreate(actor, RecordTypes.TreatmentPlan)) actions.Add(CreatePlan);
        if (CaseAccess.MayCreate(actor, RecordTypes.InteractionLog)) actions.Add(LogInteraction);
        if (CaseAccess.MayCreate(actor, RecordTypes.Appointment)) actions.Add(BookAppointment);
        if (Scores.ScoreAccess.MayRecord(actor)) actions.Add(RecordScore);
        if (actor.IsAdmin) actions.Add(ManageScoreTypes);
        if (CaseAccess.MayReadReferrals(actor)) actions.Add(ReadReferrals);
        if (CaseAccess.MayReadClinicalNotes(actor)) actions.Add(ReadClinicalNotes);
        if (CaseAccess.MayManageUsers(actor)) actions.Add(ManageUsers);
        if (CaseAccess.MayReadAudit(actor)) actions.Add(ReadAudit);
        if (CaseAccess.MayReadReferralAnalytics(actor)) actions.Add(ReadReferralAnalytics);
        return actions;
    }

    /// <summary>The interaction types the caller may log.</summary>
    public static IReadOnlyList<string> InteractionTypesFor(Actor actor) =>
        actor.HasRole ? [.. InteractionTypes.All.Where(type => CaseAccess.MayLogInteractionType(actor, type))] : [];

    /// <summary>The statuses the caller may move the record to from <paramref name="status"/>; none when it may not move it.</summary>
    public static IReadOnlyList<string> NextStatuses(Actor actor, RecordType type, string status) =>
        type.Status is { } workflow && CaseAccess.MayChangeStatus(actor, type) ? workflow.NextFrom(status) : [];
}
