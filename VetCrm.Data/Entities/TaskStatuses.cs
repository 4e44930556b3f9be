namespace VetCrm.Data.Entities;

public static class TaskStatuses
{
    public const string Open = "open";
    public const string Snoozed = "snoozed";
    public const string Done = "done";
    public static readonly string[] All = [Open, Snoozed, Done];

    /// <summary>
    /// A task is worked (open), put off (snoozed, until a time) or finished (done); a snoozed task may be picked up again
    /// or finished, and a finished one reopened when the follow-up turns out not to be over.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string[]> Moves = new Dictionary<string, string[]>
    {
        [Open] = [Snoozed, Done],
        [Snoozed] = [Open, Done],
        [Done] = [Open],
    };
}
