using Microsoft.Extensions.Diagnostics.HealthChecks;
using VetCrm.Hosting.ApplicationModel;
using VetCrm.Hosting.Orchestration;

namespace VetCrm.Hosting.Projects;

/// <summary>Runs one replica of a .NET project from its build output, with the environment of an Aspire-run project.</summary>
internal sealed class ProjectRunner(ResourceInstance instance, RunContext context, ProjectResource project, HttpClient healthClient)
    : ProcessRunner(instance, context)
{
    protected override Task<ProcessSpec> PrepareAsync(CancellationToken cancellationToken)
    {
        var targetPath = project.Metadata.TargetPath;
        if (!File.Exists(targetPath))
        {
            throw new DistributedApplicationException($"'{targetPath}' does not exist: build the solution first (dotnet build).");
        }
        var environment = BuildEnvironment();
        Instance.DisplayEnvironment = environment.ToDictionary(e => e.Key, e => e.Value.IsSecret ? "********" : e.Value.Value);
        var arguments = project.Annotations.OfType<CommandLineArgsAnnotation>().SelectMany(a => a.Args);
        return Task.FromResult(Spec("dotnet", [targetPath, .. arguments],
            Path.GetDirectoryName(project.Metadata.ProjectPath)!,
            environment.ToDictionary(e => e.Key, e => e.Value.Value)));
    }

    private Dictionary<string, (string Value, bool IsSecret)> BuildEnvironment()
    {
        var options = Context.Options;
        var environment = new Dictionary<string, (string, bool)>
        {
            ["ASPNETCORE_URLS"] = ($"http://127.0.0.1:{Instance.Port}", false),
            ["ASPNETCORE_ENVIRONMENT"] = (options.ProjectEnvironmentName, false),
            ["DOTNET_ENVIRONMENT"] = (options.ProjectEnvironmentName, false),
            ["LOGGING__CONSOLE__FORMATTERNAME"] = ("simple", false),
            ["OTEL_SERVICE_NAME"] = (project.Name, false),
            ["OTEL_RESOURCE_ATTRIBUTES"] = ($"service.instance.id={Instance.Name}", false),
        };
        if (options.OtlpEndpoint is { } otlpEndpoint)
        {
            environment["OTEL_EXPORTER_OTLP_ENDPOINT"] = (otlpEndpoint, false);
            environment["OTEL_EXPORTER_OTLP_PROTOCOL"] = ("http/protobuf", false);
            if (options.OtlpApiKey is { } apiKey)
            {
                environment["OTEL_EXPORTER_OTLP_HEADERS"] = ($"x-otlp-api-key={apiKey}", true);
            }
            // Dev settings: telemetry shows up on the dashboard within a second.
            environment["OTEL_BSP_SCHEDULE_DELAY"] = ("1000", false);
            environment["OTEL_BLRP_SCHEDULE_DELAY"] = ("1000", false);
            environment["OTEL_METRIC_EXPORT_INTERVAL"] = ("1000", false);
            environment["OTEL_TRACES_SAMPLER"] = ("always_on", false);
        }
        foreach (var annotation in project.Annotations.OfType<EnvironmentAnnotation>())
        {
            environment[annotation.Name] = (annotation.Value(), annotation.IsSecret);
        }
        return environment;
    }

    public override async Task<HealthCheckResult> CheckHealthAsync(CancellationToken cancellationToken)
    {
        if (project.Annotations.OfType<HttpHealthCheckAnnotation>().LastOrDefault() is not { } check)
        {
            return HealthCheckResult.Healthy("running (no health check declared)");
        }
        try
        {
            using var response = await healthClient.GetAsync($"http://127.0.0.1:{Instance.Port}{check.Path}", cancellationToken);
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            return response.IsSuccessStatusCode
                ? HealthCheckResult.Healthy(body)
                : HealthCheckResult.Unhealthy($"{(int)response.StatusCode} {body}");
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return HealthCheckResult.Unhealthy(exception.Message);
        }
    }
}
