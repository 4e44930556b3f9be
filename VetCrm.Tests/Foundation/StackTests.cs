using System.Net;
using Npgsql;
using VetCrm.Hosting.Orchestration;
using VetCrm.Tests.Infrastructure;

namespace VetCrm.Tests.Foundation;

[Collection("stack")]
public sealed class StackTests(StackFixture stack)
{
    [Fact]
    public void Every_resource_is_running_and_healthy()
    {
        var instances = stack.App.ResourceNotifications.Instances;

        string[] expected = ["api", "cache", "postgres", "vetcrmdb", "web", "worker"];
        Assert.Equal(expected, instances.Select(i => i.Resource.Name).Order());
        Assert.All(instances, instance =>
        {
            Assert.Equal(ResourceState.Running, instance.State);
            Assert.Equal(Microsoft.Extensions.Diagnostics.HealthChecks.HealthStatus.Healthy, instance.Health);
        });
    }

    [Fact]
    public async Task Web_page_shows_the_schema_version_the_api_read_from_postgres()
    {
        await using var connection = new NpgsqlConnection(await stack.GetConnectionStringAsync("vetcrmdb"));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("""SELECT max("MigrationId") FROM "__EFMigrationsHistory" """, connection);
        var latestMigration = (string?)await command.ExecuteScalarAsync();
        Assert.False(string.IsNullOrEmpty(latestMigration));

        using var web = stack.CreateHttpClient("web");
        var page = await web.GetStringAsync("/");

        Assert.Contains($"schema <code>{latestMigration}</code>", page);
        Assert.Contains("PostgreSQL 15", page);
    }

    [Fact]
    public async Task Projects_receive_aspire_style_environment()
    {
        var api = stack.App.ResourceNotifications.InstancesOf("api").Single();
        var web = stack.App.ResourceNotifications.InstancesOf("web").Single();

        Assert.Equal("********", api.DisplayEnvironment["ConnectionStrings__vetcrmdb"]);
        Assert.Equal("********", api.DisplayEnvironment["ConnectionStrings__cache"]);
        Assert.Equal("api", api.DisplayEnvironment["OTEL_SERVICE_NAME"]);
        Assert.Equal(stack.App.GetEndpoint("api").ToString().TrimEnd('/'), web.DisplayEnvironment["services__api__http__0"]);
        Assert.StartsWith("Host=127.0.0.1;Port=", await stack.GetConnectionStringAsync("vetcrmdb"));
    }

    [Fact]
    public async Task Api_health_fails_while_redis_is_stopped_and_recovers_when_it_is_back()
    {
        using var api = stack.CreateHttpClient("api");
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync("/health")).StatusCode);

        await stack.App.Orchestrator.StopResourceAsync("cache");
        try
        {
            var unhealthy = await Poll.UntilAsync(() => api.GetAsync("/health"), r => r.StatusCode == HttpStatusCode.ServiceUnavailable, "api /health to report Redis down");
            Assert.Contains("\"cache\":{\"status\":\"Unhealthy\"", await unhealthy.Content.ReadAsStringAsync());
            // Liveness does not depend on Redis: the process is fine, only a dependency is away.
            Assert.Equal(HttpStatusCode.OK, (await api.GetAsync("/alive")).StatusCode);
        }
        finally
        {
            await stack.App.Orchestrator.StartResourceAsync("cache");
        }

        await Poll.UntilAsync(() => api.GetAsync("/health"), r => r.StatusCode == HttpStatusCode.OK, "api /health to recover after Redis restarted");
        await stack.App.ResourceNotifications.WaitForResourceHealthyAsync("cache");
    }
}
