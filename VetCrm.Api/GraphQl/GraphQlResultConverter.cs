using System.Collections;
using System.Text.Json;
using System.Text.Json.Serialization;
using GraphQL;
using GraphQL.Execution;

namespace VetCrm.Api.GraphQl;

/// <summary>
/// Writes a result as graphql-dotnet's own converter does (errors, data, extensions), but writes the common scalar
/// values straight to the writer: the library hands every value to <see cref="JsonSerializer"/> as an object, which
/// looks its type up again each time, thousands of times for one page. Any other value still goes to the serializer.
/// </summary>
public sealed class GraphQlResultConverter : JsonConverter<ExecutionResult>
{
    public override bool CanConvert(Type typeToConvert) => typeof(ExecutionResult).IsAssignableFrom(typeToConvert);

    public override ExecutionResult Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException("A GraphQL result is only written.");

    public override void Write(Utf8JsonWriter writer, ExecutionResult value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        if (value.Errors is { Count: > 0 } errors)
        {
            writer.WritePropertyName("errors");
            JsonSerializer.Serialize(writer, errors, options);
        }
        if (value.Executed)
        {
            writer.WritePropertyName("data");
            if (value.Data is ExecutionNode node) WriteNode(writer, node, options);
            else JsonSerializer.Serialize(writer, value.Data, options);
        }
        if (value.Extensions is { Count: > 0 } extensions)
        {
            writer.WritePropertyName("extensions");
            JsonSerializer.Serialize(writer, extensions, options);
        }
        writer.WriteEndObject();
    }

    private static void WriteNode(Utf8JsonWriter writer, ExecutionNode node, JsonSerializerOptions options)
    {
        switch (node)
        {
            case ValueExecutionNode value:
                WriteValue(writer, value.ToValue(), options);
                break;
            case PrefilledObjectNode { Plan: { } plan, Leaves: { } leaves, SubFields: { } children }:
                writer.WriteStartObject();
                var next = 0;
                for (var i = 0; i < plan.Fields.Length; i++)
                {
                    var name = plan.Fields[i].ResponseName;
                    writer.WritePropertyName(options.PropertyNamingPolicy?.ConvertName(name) ?? name);
                    if (plan.Fields[i].Reader is null) WriteNode(writer, children[next++], options);
                    else if (leaves[i] is object?[] items) WriteValues(writer, items, options);
                    else WriteValue(writer, leaves[i], options);
                }
                writer.WriteEndObject();
                break;
            case ObjectExecutionNode { SubFields: { } fields }:
                writer.WriteStartObject();
                foreach (var field in fields)
                {
                    writer.WritePropertyName(options.PropertyNamingPolicy?.ConvertName(field.Name!) ?? field.Name!);
                    WriteNode(writer, field, options);
                }
                writer.WriteEndObject();
                break;
            case ArrayExecutionNode { Items: { } items }:
                writer.WriteStartArray();
                foreach (var item in items) WriteNode(writer, item, options);
                writer.WriteEndArray();
                break;
            // A list of scalars, serialized as a whole; item by item, so that even a byte array stays a list of numbers.
            case ArrayExecutionNode { SerializedResult: { } values }:
                WriteValues(writer, values, options);
                break;
            case ObjectExecutionNode or ArrayExecutionNode or NullExecutionNode:
                writer.WriteNullValue();
                break;
            default:
                WriteValue(writer, node.ToValue(), options);
                break;
        }
    }

    private static void WriteValues(Utf8JsonWriter writer, IEnumerable values, JsonSerializerOptions options)
    {
        writer.WriteStartArray();
        foreach (var item in values) WriteValue(writer, item, options);
        writer.WriteEndArray();
    }

    private static void WriteValue(Utf8JsonWriter writer, object? value, JsonSerializerOptions options)
    {
        switch (value)
        {
            case null: writer.WriteNullValue(); break;
            case string text: writer.WriteStringValue(text); break;
            case bool flag: writer.WriteBooleanValue(flag); break;
            case int number: writer.WriteNumberValue(number); break;
            case long number: writer.WriteNumberValue(number); break;
            case Guid id: writer.WriteStringValue(id); break;
            case DateTimeOffset moment: writer.WriteStringValue(moment); break;
            default: JsonSerializer.Serialize(writer, value, options); break;
        }
    }
}
