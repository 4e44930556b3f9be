using System.Reflection;

namespace VetCrm.Hosting.Testing;

/// <summary>
/// Builds, for a test, the application model that an AppHost's entry point declares, with test settings:
/// free random ports, a temporary state directory deleted on dispose, no dashboard, resource output kept, not echoed.
/// </summary>
public static class DistributedApplicationTestingBuilder
{
    /// <summary>
    /// <typeparamref name="TAppHost"/> is any type of the AppHost assembly, typically its generated
    /// <c>Projects.{AppHost}</c> metadata class, as in Aspire's <c>CreateAsync&lt;Projects.MyApp_AppHost&gt;()</c>.
    /// </summary>
    public static IDistributedApplicationTestingBuilder Create<TAppHost>(string[]? args = null, Action<DistributedApplicationOptions>? configure = null)
        where TAppHost : class
    {
        var entryPoint = typeof(TAppHost).Assembly.EntryPoint
            ?? throw new InvalidOperationException($"{typeof(TAppHost).Assembly.GetName().Name} has no entry point.");
        var builder = DistributedApplicationTestingHook.CaptureModel(
            entryArgs => Invoke(entryPoint, entryArgs),
            args ?? [],
            options =>
            {
                options.Ephemeral = true;
                options.UseRandomPorts = true;
                options.DashboardEnabled = false;
                options.EchoResourceOutput = false;
                configure?.Invoke(options);
            });
        return new TestingBuilder(builder);
    }

    private static void Invoke(MethodInfo entryPoint, string[] args)
    {
        var result = entryPoint.Invoke(null, entryPoint.GetParameters().Length == 0 ? [] : [args]);
        if (result is Task task)
        {
            task.GetAwaiter().GetResult();
        }
    }

    private sealed class TestingBuilder(IDistributedApplicationBuilder inner) : IDistributedApplicationTestingBuilder
    {
        public IDistributedApplicationBuilder Builder => inner;

        public async Task<DistributedApplication> BuildAndStartAsync(CancellationToken cancellationToken = default)
        {
            var app = inner.Build();
            await app.StartAsync(cancellationToken);
            return app;
        }
    }
}

public interface IDistributedApplicationTestingBuilder
{
    /// <summary>The captured builder: tests may change the model (replicas, environment) before it starts.</summary>
    IDistributedApplicationBuilder Builder { get; }

    Task<DistributedApplication> BuildAndStartAsync(CancellationToken cancellationToken = default);
}
