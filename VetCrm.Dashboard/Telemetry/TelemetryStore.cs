namespace VetCrm.Dashboard.Telemetry;

/// <summary>Everything the OTLP receiver keeps: structured logs, traces and metrics, each bounded.</summary>
public sealed class TelemetryStore(TelemetryLimits limits)
{
    public TelemetryLimits Limits { get; } = limits;
    public LogStore Logs { get; } = new(limits);
    public TraceStore Traces { get; } = new(limits);
    public MetricStore Metrics { get; } = new(limits);
}
