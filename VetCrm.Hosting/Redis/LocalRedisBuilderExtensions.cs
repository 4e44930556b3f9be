using Aspire.Hosting.ApplicationModel;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Aspire.Hosting;

/// <summary>
/// Redis from the machine's redis-server as an Aspire executable resource, shaped like Aspire's own <c>AddRedis</c>:
/// <c>WithReference(cache)</c> hands a project <c>ConnectionStrings__{name}</c>, and <c>WaitFor</c> waits for PONG.
/// </summary>
public static class LocalRedisBuilderExtensions
{
    /// <param name="port">The development port; under the testing builder a free random port is used instead.</param>
    public static IResourceBuilder<LocalRedisResource> AddLocalRedis(this IDistributedApplicationBuilder builder, string name,
        int? port = null, IResourceBuilder<ParameterResource>? password = null)
    {
        var passwordParameter = password?.Resource
            ?? ParameterResourceBuilderExtensions.CreateDefaultPasswordParameter(builder, $"{name}-password", special: false);
        var redis = new LocalRedisResource(name, passwordParameter, MachineProgram.Find("redis-server", "redis-server"));
        var listenPort = LocalPort.Choose(builder.Configuration, port);

        var healthCheckKey = $"{name}_check";
        builder.Services.AddHealthChecks().Add(new HealthCheckRegistration(healthCheckKey, _ => new RedisHealthCheck(redis), failureStatus: null, tags: null));

        // A cache and a message bus here: nothing is saved to disk.
        return builder.AddResource(redis)
            .WithEndpoint(port: listenPort, targetPort: listenPort, scheme: "tcp", name: LocalRedisResource.PrimaryEndpointName, isProxied: false)
            .WithArgs(context =>
            {
                context.Args.Add("--bind");
                context.Args.Add("127.0.0.1");
                context.Args.Add("--port");
                context.Args.Add(listenPort.ToString());
                context.Args.Add("--requirepass");
                context.Args.Add(passwordParameter);
                context.Args.Add("--save");
                context.Args.Add("");
                context.Args.Add("--appendonly");
                context.Args.Add("no");
                context.Args.Add("--daemonize");
                context.Args.Add("no");
            })
            .WithHealthCheck(healthCheckKey);
    }
}
