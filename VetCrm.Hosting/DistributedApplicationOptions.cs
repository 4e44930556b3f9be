namespace VetCrm.Hosting;

/// <summary>How a run of the application model behaves: the dev run (fixed ports, data that survives) or a test run.</summary>
public sealed class DistributedApplicationOptions
{
    public string[] Args { get; set; } = [];

    /// <summary>Name of the application (the AppHost assembly's name by default); part of the default state directory.</summary>
    public string ApplicationName { get; set; } = "VetCrm";

    /// <summary>
    /// Where data, generated secrets and pid files live. Defaults to a per-checkout folder outside git that the
    /// <c>postgres</c> user can reach (<c>/var/lib/vetcrm/…</c> as root, <c>~/.local/state/vetcrm/…</c> otherwise).
    /// </summary>
    public string? StateDirectory { get; set; }

    /// <summary>Everything in a fresh temporary state directory that is deleted on dispose (tests).</summary>
    public bool Ephemeral { get; set; }

    /// <summary>Ignore declared ports and pick free ones, so that runs on one machine never collide (tests).</summary>
    public bool UseRandomPorts { get; set; }

    /// <summary>Serve the dashboard and its OTLP receiver; off in tests unless asked for.</summary>
    public bool DashboardEnabled { get; set; } = true;

    /// <summary>Environment name handed to every project (ASPNETCORE_ENVIRONMENT / DOTNET_ENVIRONMENT).</summary>
    public string ProjectEnvironmentName { get; set; } = "Development";

    /// <summary>Echo every resource's console output, prefixed with its name, to the AppHost's console.</summary>
    public bool EchoResourceOutput { get; set; } = true;

    /// <summary>The OTLP/HTTP endpoint handed to projects as OTEL_EXPORTER_OTLP_ENDPOINT, when a collector runs.</summary>
    public string? OtlpEndpoint { get; set; }

    /// <summary>Sent by projects as the <c>x-otlp-api-key</c> header; the collector rejects requests without it.</summary>
    public string? OtlpApiKey { get; set; }

    /// <summary>Where people open the dashboard (with its login token), listed first when the application is up.</summary>
    public string? DashboardUrl { get; set; }

    /// <summary>How long a resource may take to stop gracefully before it is killed.</summary>
    public TimeSpan StopTimeout { get; set; } = TimeSpan.FromSeconds(10);
}
