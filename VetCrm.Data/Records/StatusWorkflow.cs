namespace VetCrm.Data.Records;

/// <summary>
/// A record's status field and the moves it allows: the one statement of a record type's state machine. The API's
/// commands refuse other moves, views list the moves open to the caller, and audit and history read the field name.
/// </summary>
public sealed class StatusWorkflow
{
    private readonly IReadOnlyDictionary<string, string[]>? _moves;

    /// <param name="property">The entity property, e.g. <c>PlanStatus</c>.</param>
    /// <param name="field">The field's JSON name, e.g. <c>planStatus</c>.</param>
    /// <param name="values">Every status, in display order.</param>
    /// <param name="moves">Allowed moves per status; null when any status may follow any other.</param>
    public StatusWorkflow(string property, string field, IReadOnlyList<string> values, IReadOnlyDictionary<string, string[]>? moves)
    {
        Property = property;
        Field = field;
        Values = values;
        _moves = moves;
    }

    public string Property { get; }
    public string Field { get; }
    public IReadOnlyList<string> Values { get; }

    public IReadOnlyList<string> NextFrom(string from) =>
        _moves is null ? Values.Where(v => v != from).ToArray() : _moves.TryGetValue(from, out var next) ? next : [];

    public bool CanMove(string from, string to) => NextFrom(from).Contains(to);

    /// <summary>Why a move is refused, worded for the caller; null when it is allowed.</summary>
    public string? Refusal(string recordName, string from, string to)
    {
        if (CanMove(from, to)) return null;
        if (from == to) return $"The {recordName} is already '{to}'.";
        var next = NextFrom(from);
        return $"A {recordName} cannot move from '{from}' to '{to}'. From '{from}' it can move to: "
            + (next.Count > 0 ? string.Join(", ", next) : "nothing (it is final)") + ".";
    }
}
