using VetCrm.Api.History;
using VetCrm.Data.Records;

namespace VetCrm.Api.OpenApi;

/// <summary>
/// Endpoint metadata of a status route: its body is a <see cref="StatusChangeRequest"/> whose status is one of
/// <paramref name="Type"/>'s statuses. The document gives each record type its own copy of the request's schema, with the
/// statuses of the record type's workflow as the enum, so a generated client offers exactly the moves of that record.
/// </summary>
public sealed record StatusChangeBody(RecordType Type)
{
    /// <summary>The record type's body schema, e.g. <c>ReferralStatusChangeRequest</c>.</summary>
    public string SchemaName { get; } = char.ToUpperInvariant(Type.Name[0]) + Type.Name[1..] + nameof(StatusChangeRequest);

    public IReadOnlyList<string> Statuses => Type.Status?.Values ?? throw new InvalidOperationException($"A {Type.Name} has no status to change.");
}
