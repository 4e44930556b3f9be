using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.Http.HttpResults;
using VetCrm.Api.Commands;

namespace VetCrm.Api.Common;

/// <summary>
/// Reads a JSON body into a command's request record, checking its shape member by member first, so that every
/// member of the wrong JSON type, and every member the record does not have, is named in one 400 answer (model
/// binding stops at the first and names a JSON path). Fields the server manages, sent back from a read, are skipped.
/// </summary>
public static class RequestBody
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new OptionalJsonConverter(), new IsoDateConverter() },
        TypeInfoResolver = new DefaultJsonTypeInfoResolver(),
    };

    private static readonly HashSet<string> ServerManaged =
        ["id", "createdAt", "updatedAt", "version", "archivedAt", "createdBy", "revision", "allowedActions", "nextStatuses"];

    /// <param name="refused">Members the record does not take here, with the reason (e.g. a status that moves only through its own route).</param>
    public static async Task<(T? Request, ProblemHttpResult? Unreadable, ValidationProblem? Invalid)> ReadAsync<T>(
        HttpRequest request, CancellationToken cancellationToken, IReadOnlyDictionary<string, string>? refused = null) where T : class
    {
        var (body, unreadable) = await JsonBody.ReadObjectAsync(request, cancellationToken);
        if (unreadable is not null) return (null, unreadable, null);
        var (value, errors) = Bind<T>(body!, refused);
        return errors.Any ? (null, null, Problems.Validation(errors)) : (value, null, null);
    }

    public static (T? Request, FieldErrors Errors) Bind<T>(JsonObject body, IReadOnlyDictionary<string, string>? refused = null) where T : class
    {
        var info = Options.GetTypeInfo(typeof(T));
        var errors = new FieldErrors();
        foreach (var (name, node) in body)
        {
            var property = info.Properties.FirstOrDefault(p => p.Name == name);
            if (refused is not null && refused.TryGetValue(name, out var reason)) errors.Add(name, reason);
            else if (property is null)
            {
                if (!ServerManaged.Contains(name)) errors.Add(name, "is not a field of this record.");
            }
            else if (node is not null && !Fits(node, property)) errors.Add(name, Expected(property.PropertyType));
        }
        return errors.Any ? (null, errors) : (body.Deserialize<T>(Options), errors);
    }

    private static bool Fits(JsonNode node, JsonPropertyInfo property)
    {
        try
        {
            node.Deserialize(property.PropertyType, Options);
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static string Expected(Type type)
    {
        var inner = type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Optional<>) ? type.GetGenericArguments()[0] : type;
        inner = Nullable.GetUnderlyingType(inner) ?? inner;
        return inner == typeof(string) ? "must be a string."
            : inner == typeof(bool) ? "must be true or false."
            : inner == typeof(DateOnly) ? IsoDateConverter.Expected
            : inner == typeof(DateTimeOffset) ? "must be an ISO 8601 date-time, e.g. 2026-03-01T09:30:00Z."
            : typeof(RecordRef).IsAssignableFrom(inner) ? "must be a reference like {\"id\": \"<uuid>\"}."
            : inner == typeof(uint) ? "must be a whole number."
            : inner == typeof(decimal) ? "must be a number, e.g. 6 or 31.5."
            : $"must be a {inner.Name}.";
    }
}
