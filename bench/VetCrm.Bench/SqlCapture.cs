namespace VetCrm.Bench;

/// <summary>
/// What pgbench also runs of a flow: the SQL the API sent for one request, captured from PostgreSQL's statement log.
/// For a list, <paramref name="Table"/> is the listed table and the request the flow's GET; for a write, the table it
/// inserts into, and the request one POST of <paramref name="Body"/> for one of <paramref name="Pets"/> (its <c>{pet}</c>).
/// </summary>
public sealed record SqlCapture(string Table, string? Body = null, IReadOnlyList<Guid>? Pets = null);
