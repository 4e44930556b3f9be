using VetCrm.Dashboard.Telemetry;

namespace VetCrm.Dashboard;

/// <summary>Settings from configuration section <c>Dashboard</c> (e.g. <c>--Dashboard:UiPort=19888</c> on the AppHost's command line).</summary>
public sealed class DashboardOptions
{
    public const string Section = "Dashboard";

    /// <summary>Browser UI port in the dev run (Aspire's standalone default).</summary>
    public int UiPort { get; set; } = 18888;

    /// <summary>OTLP/HTTP port in the dev run (Aspire's default; 18889 is OTLP/gRPC there).</summary>
    public int OtlpPort { get; set; } = 18890;

    public TelemetryLimits Limits { get; set; } = new();
}

/// <summary>Where the dashboard of this run listens, decided before anything starts.</summary>
public sealed record DashboardEndpoints(int UiPort, int OtlpPort)
{
    public string UiUrl => $"http://127.0.0.1:{UiPort}";
    public string OtlpUrl => $"http://127.0.0.1:{OtlpPort}";
    public string LoginUrl(string token) => $"{UiUrl}/login?t={token}";
}
