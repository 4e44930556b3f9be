namespace VetCrm.Dashboard.Telemetry;

/// <summary>
/// How much telemetry the dashboard keeps in memory (oldest dropped first), and how large one OTLP request may be.
/// Defaults follow the Aspire dashboard; override in configuration under <c>Dashboard:Limits</c>.
/// </summary>
public sealed class TelemetryLimits
{
    public int MaxLogs { get; set; } = 10_000;
    public int MaxTraces { get; set; } = 10_000;

    /// <summary>A runaway trace (a loop of spans) must not hold the memory that 10,000 traces are allowed.</summary>
    public int MaxSpansPerTrace { get; set; } = 1_000;

    public int MaxMetricPointsPerResource { get; set; } = 50_000;
    public int MaxRequestBytes { get; set; } = 4 * 1024 * 1024;
}
