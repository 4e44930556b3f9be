using System.Net;
using System.Text.Json.Nodes;
using Npgsql;
using VetCrm.Tests.Infrastructure;

namespace VetCrm.Tests.Foundation;

[Collection("stack")]
public sealed class StackTests(StackFixture stack)
{
    [Fact]
    public void Every_resource_is_running_and_healthy()
    {
        string[] expected = ["api", "cache", "postgres", "vetcrmdb", "web", "worker"];
        var instances = stack.Instances.All.Where(i => expected.Contains(i.Name)).ToList();

        Assert.Equal(expected, instances.Select(i => i.Name).Order());
        Assert.All(instances, instance =>
        {
            Assert.Equal(KnownResourceStates.Running, instance.State);
            Assert.True(instance.IsHealthy, instance.ToString());
        });
    }

    [Fact]
    public async Task Web_page_shows_admins_the_schema_version_the_api_read_from_postgres_and_nobody_else()
    {
        await using var connection = new NpgsqlConnection(await stack.GetConnectionStringAsync("vetcrmdb"));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("""SELECT max("MigrationId") FROM "__EFMigrationsHistory" """, connection);
        var latestMigration = (string?)await command.ExecuteScalarAsync();
        Assert.False(string.IsNullOrEmpty(latestMigration));

        // Versions help an attacker: the footer shows them to admins only.
        using var admin = await Web.WebSession.AdminAsync(stack);
        var page = (await admin.GetAsync("/")).Body;
        Assert.Contains($"schema <code>{latestMigration}</code>", page);
        Assert.Contains("PostgreSQL 15", page);

        using var web = stack.CreateHttpClient("web");
        var anonymous = await web.GetStringAsync("/");
        Assert.Contains("data-testid=\"service-status\">API available", anonymous);
        Assert.DoesNotContain("PostgreSQL", anonymous);
    }

    [Fact]
    public async Task Projects_receive_their_references_as_aspire_hands_them_over()
    {
        var api = stack.Instances.Of("api").Single();
        var web = stack.Instances.Of("web").Single();

        Assert.Equal(await stack.GetConnectionStringAsync("vetcrmdb"), api.Environment("ConnectionStrings__vetcrmdb"));
        Assert.Equal(await stack.GetConnectionStringAsync("cache"), api.Environment("ConnectionStrings__cache"));
        Assert.Equal("api", api.Environment("OTEL_SERVICE_NAME"));
        Assert.Equal(stack.App.GetEndpoint("api").ToString().TrimEnd('/'), web.Environment("services__api__http__0"));
        var database = new NpgsqlConnectionStringBuilder(await stack.GetConnectionStringAsync("vetcrmdb"));
        Assert.Equal(("127.0.0.1", "vetcrmdb"), (database.Host, database.Database));
        // Random ports under the testing builder, and never in Linux's ephemeral range.
        Assert.InRange(database.Port, 20000, 32767);
    }

    [Fact]
    public async Task Api_health_fails_while_redis_is_stopped_and_recovers_when_it_is_back()
    {
        using var api = stack.CreateHttpClient("api");
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync("/health")).StatusCode);

        await stack.ExecuteCommandAsync("cache", KnownResourceCommands.StopCommand);
        try
        {
            var unhealthy = await Poll.UntilAsync(() => api.GetAsync("/health"), r => r.StatusCode == HttpStatusCode.ServiceUnavailable, "api /health to report Redis down");
            var checks = JsonNode.Parse(await unhealthy.Content.ReadAsStringAsync())!["checks"]!.AsObject();
            var redis = Assert.Single(checks, check => check.Key.Contains("Redis", StringComparison.OrdinalIgnoreCase));
            Assert.Equal("Unhealthy", (string?)redis.Value!["status"]);
            Assert.All(checks.Where(check => check.Key != redis.Key), check => Assert.Equal("Healthy", (string?)check.Value!["status"]));
            // Liveness does not depend on Redis: the process is fine, only a dependency is away.
            Assert.Equal(HttpStatusCode.OK, (await api.GetAsync("/alive")).StatusCode);
        }
        finally
        {
            await stack.ExecuteCommandAsync("cache", KnownResourceCommands.StartCommand);
        }

        await Poll.UntilAsync(() => api.GetAsync("/health"), r => r.StatusCode == HttpStatusCode.OK, "api /health to recover after Redis restarted");
        await stack.App.ResourceNotifications.WaitForResourceHealthyAsync("cache");
    }

    [Fact]
    public void Generated_passwords_pass_the_usual_password_rules()
    {
        var password = stack.AdminPassword;
        Assert.True(password.Length >= 24, "long enough");
        Assert.Contains(password, char.IsAsciiDigit);
        Assert.Contains(password, char.IsAsciiLetterLower);
        Assert.Contains(password, char.IsAsciiLetterUpper);
        Assert.All(password, c => Assert.True(char.IsAsciiLetterOrDigit(c)));
    }

    [Fact]
    public void A_missing_program_fails_at_once_with_one_line_naming_the_package_to_install()
    {
        var exception = Assert.Throws<MissingMachineProgramException>(() => MachineProgram.Find("vetcrm-no-such-program", "vetcrm-no-such-package"));

        Assert.DoesNotContain('\n', exception.Message);
        Assert.Contains("apt-get install -y vetcrm-no-such-package", exception.Message);
    }
}
