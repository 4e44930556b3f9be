using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace VetCrm.Api.Common;

public enum WriteMode { Create, Patch }

/// <summary>
/// The writable fields of one record type, declared once: JSON name, type, length limit, value set, whether
/// required, and how it lands on the entity. <see cref="Apply"/> checks a JSON body field by field (missing,
/// null, wrong type, unknown value, too long, unknown field) and only then writes, so a bad request changes nothing.
/// </summary>
public sealed class FieldSet<T>
{
    private readonly Dictionary<string, Field> fields = new(StringComparer.Ordinal);
    private readonly HashSet<string> serverManaged = new(StringComparer.Ordinal) { "id", "createdAt", "updatedAt", "version" };

    private sealed record Field(string Name, bool Required, string? NotPatchableReason, Func<JsonNode, (object? Value, string? Error)> Parse, Action<T, object?> Set);

    public FieldSet<T> Text(string name, int maxLength, bool required, Action<T, string?> set, string? notPatchableReason = null) =>
        Add(name, required, notPatchableReason, node => ParseText(node, maxLength, required), (e, v) => set(e, (string?)v));

    public FieldSet<T> Choice(string name, IReadOnlyCollection<string> values, bool required, Action<T, string?> set, string? notPatchableReason = null) =>
        Add(name, required, notPatchableReason, node =>
        {
            var (value, error) = ParseText(node, 64, required);
            return error is null && value is string s && !values.Contains(s)
                ? (null, $"'{s}' is not one of: {string.Join(", ", values)}.")
                : (value, error);
        }, (e, v) => set(e, (string?)v));

    public FieldSet<T> Date(string name, bool required, Action<T, DateOnly?> set) =>
        Add(name, required, null, node => node.GetValueKind() == JsonValueKind.String
                && DateOnly.TryParseExact(node.GetValue<string>(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? (date, null)
            : (null, "must be a date as yyyy-MM-dd."), (e, v) => set(e, (DateOnly?)v));

    public FieldSet<T> Instant(string name, bool required, Action<T, DateTimeOffset> set) =>
        Add(name, required, null, node => node.GetValueKind() == JsonValueKind.String
                && DateTimeOffset.TryParse(node.GetValue<string>(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant)
            ? (instant.ToUniversalTime(), null)
            : (null, "must be an ISO 8601 date-time, e.g. 2026-03-01T09:30:00Z."), (e, v) => set(e, (DateTimeOffset)v!));

    public FieldSet<T> Flag(string name, bool required, Action<T, bool> set) =>
        Add(name, required, null, node => node.GetValueKind() is JsonValueKind.True or JsonValueKind.False
            ? (node.GetValue<bool>(), null)
            : (null, "must be true or false."), (e, v) => set(e, (bool)v!));

    /// <summary>A reference written as <c>{"id": "…"}</c>; whether the record exists and is in reach is the handler's check.</summary>
    public FieldSet<T> Reference(string name, bool required, Action<T, Guid?> set, string? notPatchableReason = null) =>
        Add(name, required, notPatchableReason, node => ParseReference(node), (e, v) => set(e, (Guid?)v));

    /// <summary>Fields a client may send back unchanged (e.g. from a GET) but that the server sets.</summary>
    public FieldSet<T> ServerManaged(params string[] names)
    {
        serverManaged.UnionWith(names);
        return this;
    }

    /// <summary>Checks every field of <paramref name="body"/>; writes to <paramref name="target"/> only when all are valid.</summary>
    public FieldErrors Apply(JsonObject body, T target, WriteMode mode)
    {
        var errors = new FieldErrors();
        var parsed = new List<(Field Field, object? Value)>();
        foreach (var (name, node) in body)
        {
            if (serverManaged.Contains(name)) continue;
            if (!fields.TryGetValue(name, out var field))
            {
                errors.Add(name, "is not a field of this record.");
                continue;
            }
            if (mode == WriteMode.Patch && field.NotPatchableReason is { } reason)
            {
                errors.Add(name, reason);
                continue;
            }
            if (node is null)
            {
                if (field.Required) errors.Add(name, "is required and cannot be null.");
                else parsed.Add((field, null));
                continue;
            }
            var (value, error) = field.Parse(node);
            if (error is not null) errors.Add(name, error);
            else parsed.Add((field, value));
        }
        if (mode == WriteMode.Create)
        {
            foreach (var field in fields.Values.Where(f => f.Required && !body.ContainsKey(f.Name)))
            {
                errors.Add(field.Name, "is required.");
            }
        }
        if (!errors.Any)
        {
            foreach (var (field, value) in parsed) field.Set(target, value);
        }
        return errors;
    }

    /// <summary>Reads the mandatory <c>version</c> of a PATCH body.</summary>
    public static (uint? Version, FieldErrors Errors) ReadVersion(JsonObject body)
    {
        var errors = new FieldErrors();
        if (body["version"] is not JsonValue value || value.GetValueKind() != JsonValueKind.Number || !value.TryGetValue<uint>(out var version))
        {
            errors.Add("version", "is required: send the version you last read, so a concurrent edit is not overwritten.");
            return (null, errors);
        }
        return (version, errors);
    }

    private FieldSet<T> Add(string name, bool required, string? notPatchableReason, Func<JsonNode, (object?, string?)> parse, Action<T, object?> set)
    {
        fields[name] = new Field(name, required, notPatchableReason, parse, set);
        return this;
    }

    private static (object?, string?) ParseText(JsonNode node, int maxLength, bool required)
    {
        if (node.GetValueKind() != JsonValueKind.String) return (null, "must be a string.");
        var text = node.GetValue<string>().Trim();
        if (required && text.Length == 0) return (null, "is required and cannot be empty.");
        if (text.Length > maxLength) return (null, $"must be at most {maxLength} characters.");
        return (text.Length == 0 ? null : text, null);
    }

    private static (object?, string?) ParseReference(JsonNode node) =>
        node is JsonObject reference && reference["id"] is JsonValue id && id.GetValueKind() == JsonValueKind.String
            && Guid.TryParse(id.GetValue<string>(), out var guid)
            ? (guid, null)
            : (null, "must be a reference like {\"id\": \"<uuid>\"}.");
}
