using System.Text;
using System.Text.Json.Nodes;

namespace VetCrm.Tests.Contract;

/// <summary>One operation of the running API's OpenAPI document, as the walks over every operation send it.</summary>
public sealed record DocumentedOperation(string Method, string Path, JsonArray Parameters, JsonObject? BodySchema)
{
    public static List<DocumentedOperation> ReadAll(JsonObject document)
    {
        var operations = new List<DocumentedOperation>();
        foreach (var (path, item) in document["paths"]!.AsObject())
        {
            foreach (var (method, operation) in item!.AsObject())
            {
                if (method is "parameters" or "summary" or "description") continue;
                var parameters = operation!["parameters"]?.AsArray() ?? [];
                var schema = operation["requestBody"]?["content"]?["application/json"]?["schema"]?.AsObject();
                operations.Add(new DocumentedOperation(method.ToUpperInvariant(), path, parameters, schema));
            }
        }
        return operations;
    }

    /// <summary>The collection the path is in: <c>/api/pets/{id}/case</c> → <c>pets</c>.</summary>
    public string Collection => Path.Split('/', StringSplitOptions.RemoveEmptyEntries).ElementAtOrDefault(1) ?? "";

    /// <summary>
    /// The path with every parameter filled: <paramref name="name"/> with <paramref name="value"/>, a user's id in
    /// /api/users, a version number for <c>from</c> and <c>to</c>, else the record of the path's collection (the pet when
    /// there is none).
    /// </summary>
    public string FillPath(string? name, string? value, IReadOnlyDictionary<string, string> records, Guid user, string petId)
    {
        var parts = Path.Split('/');
        for (var i = 0; i < parts.Length; i++)
        {
            if (!parts[i].StartsWith('{')) continue;
            var parameter = parts[i].Trim('{', '}');
            parts[i] = parameter == name ? value!
                : Collection == "users" ? user.ToString()
                : parameter is "from" or "to" ? "1"
                : records.GetValueOrDefault(Collection, petId);
        }
        return string.Join('/', parts);
    }

    public HttpRequestMessage Request(string url, string? json)
    {
        var request = new HttpRequestMessage(new HttpMethod(Method), url);
        if (json is not null && Method is not "GET") request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        return request;
    }
}
