using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace VetCrm.Api.Common;

/// <summary>
/// Reads a date as <c>yyyy-MM-dd</c> or as an ISO 8601 date-time with an offset or <c>Z</c> (its date in UTC), and writes
/// <c>yyyy-MM-dd</c>. A date-time without an offset is refused: whose midnight it meant cannot be known.
/// </summary>
public sealed class IsoDateConverter : JsonConverter<DateOnly>
{
    public const string Expected = "must be a date as yyyy-MM-dd, or an ISO 8601 date-time with an offset or Z (its date in UTC is kept).";

    public override DateOnly Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.String && TryParse(reader.GetString()!, out var date) ? date : throw new JsonException(Expected);

    public override void Write(Utf8JsonWriter writer, DateOnly value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

    public static bool TryParse(string text, out DateOnly date)
    {
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date)) return true;
        var hasOffset = text.EndsWith('Z') || text.EndsWith('z') || (text.Length > 6 && text[^6] is '+' or '-' && text[^3] == ':');
        if (hasOffset && text.Contains('T', StringComparison.OrdinalIgnoreCase)
            && DateTimeOffset.TryParseExact(text, IsoDateTimes, CultureInfo.InvariantCulture, DateTimeStyles.None, out var instant))
        {
            date = DateOnly.FromDateTime(instant.UtcDateTime);
            return true;
        }
        date = default;
        return false;
    }

    private static readonly string[] IsoDateTimes =
    [
        "yyyy-MM-dd'T'HH:mmK", "yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK",
    ];
}
