using System.Text.Json;
using System.Text.Json.Nodes;
using GraphQL.Types;
using GraphQLParser.AST;

namespace VetCrm.Api.GraphQl;

/// <summary>An output-only JSON value (plan snapshots, audit metadata), written as it is.</summary>
public sealed class JsonGraphType : ScalarGraphType
{
    public JsonGraphType()
    {
        Name = "JSON";
        Description = "A JSON value, written as it is (output only).";
    }

    public override object? Serialize(object? value) => value switch
    {
        JsonNode node => node,
        JsonDocument document => JsonNode.Parse(document.RootElement.GetRawText()),
        _ => value,
    };

    public override object? ParseValue(object? value) => throw new InvalidOperationException("JSON is an output type only.");

    public override object? ParseLiteral(GraphQLValue value) => throw new InvalidOperationException("JSON is an output type only.");
}
