using System.Globalization;
using Google.Protobuf;
using Google.Protobuf.Collections;
using Microsoft.Extensions.Logging;
using OpenTelemetry.Proto.Common.V1;
using VetCrm.Dashboard.Telemetry;
using OtlpResource = OpenTelemetry.Proto.Resource.V1.Resource;

namespace VetCrm.Dashboard.Otlp;

/// <summary>The small translations every OTLP signal needs: resource identity, attributes, ids, timestamps, levels.</summary>
internal static class OtlpConversions
{
    private const string UnknownService = "unknown";

    public static TelemetrySource ToSource(OtlpResource? resource)
    {
        var attributes = resource?.Attributes;
        var service = Find(attributes, "service.name") ?? UnknownService;
        return new TelemetrySource(service, Find(attributes, "service.instance.id") ?? service);
    }

    public static IReadOnlyList<TelemetryAttribute> ToAttributes(RepeatedField<KeyValue> attributes) =>
        attributes.Count == 0 ? [] : [.. attributes.Select(a => new TelemetryAttribute(a.Key, ToText(a.Value)))];

    public static string ToText(AnyValue? value) => value?.ValueCase switch
    {
        AnyValue.ValueOneofCase.StringValue => value.StringValue,
        AnyValue.ValueOneofCase.BoolValue => value.BoolValue ? "true" : "false",
        AnyValue.ValueOneofCase.IntValue => value.IntValue.ToString(CultureInfo.InvariantCulture),
        AnyValue.ValueOneofCase.DoubleValue => value.DoubleValue.ToString(CultureInfo.InvariantCulture),
        AnyValue.ValueOneofCase.ArrayValue => $"[{string.Join(", ", value.ArrayValue.Values.Select(ToText))}]",
        AnyValue.ValueOneofCase.KvlistValue => $"{{{string.Join(", ", value.KvlistValue.Values.Select(kv => $"{kv.Key}: {ToText(kv.Value)}"))}}}",
        AnyValue.ValueOneofCase.BytesValue => Convert.ToBase64String(value.BytesValue.Span),
        _ => "",
    };

    /// <summary>Lower-case hex as in W3C trace context; empty or all-zero ids (invalid per the spec) become null.</summary>
    public static string? ToId(ByteString id) =>
        id.IsEmpty || id.Span.IndexOfAnyExcept((byte)0) < 0 ? null : Convert.ToHexStringLower(id.Span);

    public static DateTimeOffset ToTimestamp(ulong unixNanoseconds) =>
        DateTimeOffset.UnixEpoch.AddTicks((long)(unixNanoseconds / 100));

    /// <summary>OTel severity numbers come in fours (TRACE..TRACE4, DEBUG.. …); ILogger levels map onto them one to one.</summary>
    public static LogLevel ToLevel(int severityNumber) => severityNumber switch
    {
        <= 0 => LogLevel.None,
        <= 4 => LogLevel.Trace,
        <= 8 => LogLevel.Debug,
        <= 12 => LogLevel.Information,
        <= 16 => LogLevel.Warning,
        <= 20 => LogLevel.Error,
        _ => LogLevel.Critical,
    };

    private static string? Find(RepeatedField<KeyValue>? attributes, string key) =>
        attributes?.FirstOrDefault(a => a.Key == key) is { } attribute ? ToText(attribute.Value) : null;
}
