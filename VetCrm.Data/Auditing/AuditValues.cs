using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using VetCrm.Data.Entities;

namespace VetCrm.Data.Auditing;

/// <summary>Record values as audit metadata and plan snapshots write them: camelCase names, JSON values as the API shows them.</summary>
public static class AuditValues
{
    public static JsonObject Snapshot(EntityEntry entry)
    {
        var snapshot = new JsonObject();
        foreach (var property in entry.Properties)
        {
            if (property.Metadata.Name is nameof(ClinicalRecord.Version)) continue;
            snapshot[JsonNamingPolicy.CamelCase.ConvertName(property.Metadata.Name)] = ToJson(property.CurrentValue);
        }
        return snapshot;
    }

    public static JsonObject Changes(IReadOnlyDictionary<string, (object? Before, object? After)> changes, string? reason)
    {
        var fields = new JsonObject();
        foreach (var (name, (before, after)) in changes)
        {
            fields[JsonNamingPolicy.CamelCase.ConvertName(name)] = new JsonObject { ["before"] = ToJson(before), ["after"] = ToJson(after) };
        }
        var metadata = new JsonObject { ["changes"] = fields };
        if (reason is not null) metadata["reason"] = reason;
        return metadata;
    }

    private static JsonNode? ToJson(object? value) => value switch
    {
        null => null,
        string s => JsonValue.Create(s),
        bool b => JsonValue.Create(b),
        Guid g => JsonValue.Create(g.ToString()),
        DateTimeOffset d => JsonValue.Create(d.ToString("O")),
        DateOnly d => JsonValue.Create(d.ToString("yyyy-MM-dd")),
        int i => JsonValue.Create(i),
        _ => JsonValue.Create(value.ToString()),
    };
}
