using System.Text.Json;
using System.Text.Json.Serialization;

namespace VetCrm.Api.Common;

/// <summary>
/// Writes a reference by its runtime type: a bare reference as <c>{"id"}</c>, an included record with its own contract.
/// (A converter rather than [JsonDerivedType]: the OpenAPI schema exporter recurses without end on polymorphic
/// types that refer to their base; the document describes references through a schema transformer instead.)
/// </summary>
public sealed class RecordRefConverter : JsonConverter<RecordRef>
{
    /// <summary>Reads <c>{"id": "…"}</c>; other members (a whole record sent back from an include) are skipped.</summary>
    public override RecordRef Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject) throw new JsonException("A reference is an object with an id.");
        Guid? id = null;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var isId = reader.GetString() == "id";
            reader.Read();
            if (isId)
            {
                if (reader.TokenType != JsonTokenType.String || !reader.TryGetGuid(out var value)) throw new JsonException("A reference's id is a UUID.");
                id = value;
            }
            else reader.Skip();
        }
        return new RecordRef(id ?? throw new JsonException("A reference has an id."));
    }

    public override void Write(Utf8JsonWriter writer, RecordRef value, JsonSerializerOptions options)
    {
        if (value.GetType() == typeof(RecordRef))
        {
            writer.WriteStartObject();
            writer.WriteString("id", value.Id);
            writer.WriteEndObject();
        }
        else
        {
            JsonSerializer.Serialize(writer, value, options.GetTypeInfo(value.GetType()));
        }
    }
}
