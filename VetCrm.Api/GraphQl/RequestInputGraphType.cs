using System.Text.Json;
using System.Text.Json.Nodes;
using GraphQL.Types;

namespace VetCrm.Api.GraphQl;

/// <summary>
/// An input object that stands for a command's request record: its fields are named as the record's JSON members,
/// references are IDs. Every field is optional in the schema: the command checks what is required and names it, as
/// over REST, and a field left out of an update stays as it is (null clears it).
/// </summary>
public abstract class RequestInputGraphType : InputObjectGraphType
{
    protected void Text(string name, string? description = null) => Field<StringGraphType>(name).Description(description);

    protected void Reference(string name) => Field<IdGraphType>(name).Description($"The id of the {name}.");

    protected void Date(string name) => Field<DateOnlyGraphType>(name).Description("A date, yyyy-MM-dd.");

    protected void Instant(string name) => Field<DateTimeOffsetGraphType>(name);

    protected void Flag(string name) => Field<BooleanGraphType>(name);

    protected void Version() => Field<UIntGraphType>("version").Description("The version you last read (required): a stale one is refused with CONFLICT.");

    /// <summary>The given fields as the JSON body REST would receive: references as <c>{"id"}</c>, absent fields absent.</summary>
    public JsonObject ToJson(IDictionary<string, object?> values)
    {
        var body = new JsonObject();
        foreach (var (name, value) in values)
        {
            var isReference = GetField(name)?.Type == typeof(IdGraphType);
            body[name] = value is null ? null : isReference ? new JsonObject { ["id"] = value.ToString() } : JsonSerializer.SerializeToNode(value, value.GetType());
        }
        return body;
    }
}
