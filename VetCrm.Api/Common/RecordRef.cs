using System.Text.Json.Serialization;

namespace VetCrm.Api.Common;

/// <summary>
/// A reference to another record, written <c>{"id": "…"}</c>. With <c>include=</c>, the full view (a derived type)
/// stands in its place and is written with all its fields.
/// </summary>
[JsonConverter(typeof(RecordRefConverter))]
public record RecordRef([property: JsonPropertyOrder(-1)] Guid Id);
