using System.Diagnostics;
using System.Text.Json.Nodes;
using VetCrm.Tests.Api;
using VetCrm.Tests.Infrastructure;

namespace VetCrm.Tests.GraphQl;

/// <summary>
/// A client nobody here wrote: graphql-request (with graphql-js validating the documents against the introspected
/// schema) runs part of the seed flow from VetCrm.Tests/clients/graphql, installed with npm ci from its lockfile.
/// </summary>
[Collection("stack")]
public sealed class GraphQlClientLibraryTests(StackFixture stack)
{
    private readonly ApiFixtureHelpers api = new(stack);

    [Fact]
    public async Task Graphql_request_runs_the_seed_flow_and_graphql_js_finds_the_documents_valid()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "clients", "graphql");
        if (!Directory.Exists(Path.Combine(folder, "node_modules")))
            Assert.Equal(0, (await RunAsync(folder, "npm", "ci --ignore-scripts --no-audit --no-fund", [])).ExitCode);

        using var coordinator = await api.NewUserAsync("coordinator");
        using var specialist = await api.NewUserAsync("specialist");
        using var http = stack.CreateHttpClient("api");
        var (exit, output) = await RunAsync(folder, "node", "seed-flow.mjs", new()
        {
            ["VETCRM_URL"] = http.BaseAddress!.ToString(),
            ["VETCRM_TOKEN"] = coordinator.AccessToken!,
            ["SPECIALIST_ID"] = specialist.UserId.ToString(),
        });
        Assert.True(exit == 0, output);
        var result = JsonNode.Parse(output.Trim().Split('\n')[^1])!;
        Assert.Empty(result["invalid"]!.AsArray());
        Assert.Equal("received", result["referral"]!["status"]!.GetValue<string>());
        Assert.Equal("Client Check", result["queuedPetName"]!.GetValue<string>());
        Assert.Equal("CONFLICT", result["errorCode"]!.GetValue<string>());
    }

    private static async Task<(int ExitCode, string Output)> RunAsync(string folder, string program, string arguments, Dictionary<string, string> environment)
    {
        var start = new ProcessStartInfo(program, arguments) { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var (name, value) in environment) start.Environment[name] = value;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var deadline = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        await process.WaitForExitAsync(deadline.Token);
        return (process.ExitCode, await output + await errors);
    }
}
