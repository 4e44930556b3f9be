using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using VetCrm.Tests.Api;
using VetCrm.Tests.Infrastructure;
using Xunit.Abstractions;

namespace VetCrm.Tests.Contract;

/// <summary>
/// The API as an integrator meets it: a TypeScript client generated from the running API's OpenAPI document type-checks
/// a script of the whole seed flow without casts and runs it against the stack; Spectral's OpenAPI rules find no error.
/// </summary>
[Collection("stack")]
public sealed partial class GeneratedClientTests(StackFixture stack, ITestOutputHelper output)
{
    private static readonly TimeSpan ToolDeadline = TimeSpan.FromMinutes(3);
    private readonly ApiFixtureHelpers _api = new(stack);

    [Fact]
    public async Task A_client_generated_from_the_document_runs_the_seed_flow_without_casts()
    {
        var script = await File.ReadAllTextAsync(Path.Combine(NodeTools.ClientDirectory, "seed-flow.ts"));
        Assert.DoesNotContain("@ts-", script);
        // Code without comments and string literals: no type assertion, no any.
        var code = Regex.Replace(script, @"/\*[\s\S]*?\*/|//[^\n]*|""[^""\n]*""|`[^`]*`", "");
        Assert.DoesNotMatch(Cast(), code);
        Assert.DoesNotMatch(@"\bany\b", code);

        var document = await WriteDocumentAsync();
        var generate = await NodeTools.BinAsync("openapi-typescript", [document, "-o", Path.Combine("generated", "api.d.ts")], ToolDeadline);
        Assert.True(generate.ExitCode == 0, generate.Output);
        var compile = await NodeTools.BinAsync("tsc", ["-p", "tsconfig.json"], ToolDeadline);
        Assert.True(compile.ExitCode == 0, "tsc (strict) refused the seed flow against the generated client:\n" + compile.Output);

        var apiUrl = stack.CreateHttpClient("api").BaseAddress!.ToString().TrimEnd('/');
        var flow = await NodeTools.RunAsync("node", [Path.Combine("generated", "js", "seed-flow.js")], ToolDeadline, new Dictionary<string, string>
        {
            ["API_URL"] = apiUrl,
            ["ADMIN_PASSWORD"] = stack.AdminPassword,
            ["RUN_ID"] = Guid.NewGuid().ToString("N")[..12],
        });
        Assert.True(flow.ExitCode == 0, "the seed flow failed:\n" + flow.Output);
        output.WriteLine(flow.StandardOutput);
        var result = JsonNode.Parse(flow.StandardOutput.Trim().Split('\n')[^1])!.AsObject();

        Assert.Equal("specialist", (string?)result["specialistRole"]);
        Assert.Equal("2019-04-02", (string?)result["petDateOfBirth"]);
        Assert.Matches(@"^REF-\d{4}-\d{6}$", (string?)result["referralNumber"]);
        Assert.Equal("received", (string?)result["referralStatus"]);
        Assert.StartsWith("Biscuit ", (string?)result["queued"]!["petName"]);
        Assert.Equal("admin", (string?)result["queued"]!["receivedBy"]);
        Assert.Equal("triaged", (string?)result["triagedStatus"]);
        Assert.Contains("scheduled", result["nextStatuses"]!.AsArray().Select(s => (string?)s));
        Assert.True((bool?)result["statusIsTheReferralEnum"]);
        Assert.Equal("scheduled", (string?)result["scheduledStatus"]);
        Assert.Equal(2, (int?)result["planRevision"]);
        Assert.Equal("2026-07-15", (string?)result["planNextReviewDate"]);
        var versions = result["versions"]!.AsArray();
        Assert.Equal([1, 2], versions.Select(v => (int?)v!["number"]));
        Assert.Null((string?)versions[0]!["medicationNotes"]);
        Assert.Equal("Pimobendan 0.25 mg/kg PO q12h", (string?)versions[1]!["medicationNotes"]);
        Assert.Contains("medicationNotes", versions[1]!["changed"]!.AsArray().Select(f => (string?)f));
        Assert.Equal("active", (string?)versions[1]!["planStatus"]);
        Assert.Equal("call", (string?)result["interactionType"]);
        Assert.Contains("call", result["timelineTypes"]!.AsArray().Select(t => (string?)t));
        Assert.Equal("MMVD B2 management", (string?)result["timelinePlanTitle"]);
        Assert.Equal("admin", (string?)result["timelineUser"]);
    }

    [Fact]
    public async Task Spectral_finds_no_error_in_the_document()
    {
        var document = await WriteDocumentAsync();
        var lint = await NodeTools.BinAsync("spectral", ["lint", document, "--ruleset", ".spectral.yaml", "--format", "json", "--quiet", "--fail-severity", "error"], ToolDeadline);
        var findings = JsonNode.Parse(lint.StandardOutput is { Length: > 0 } text ? text : "[]")!.AsArray();
        var errors = findings.Where(f => (int?)f!["severity"] == 0).Select(Describe).ToList();
        var warnings = findings.Where(f => (int?)f!["severity"] == 1).Select(Describe).ToList();
        output.WriteLine($"spectral:oas: {errors.Count} errors, {warnings.Count} warnings");
        foreach (var warning in warnings) output.WriteLine("  warning " + warning);
        Assert.True(errors.Count == 0, $"spectral found {errors.Count} errors:\n{string.Join('\n', errors)}\n{lint.StandardError}");
        Assert.True(lint.ExitCode == 0, lint.Output);
    }

    private static string Describe(JsonNode? finding) =>
        $"{finding!["code"]} at {string.Join('.', finding["path"]!.AsArray().Select(p => p!.ToString()))}: {finding["message"]}";

    /// <summary>The running API's document, saved where the npm tools read it.</summary>
    private async Task<string> WriteDocumentAsync()
    {
        await NodeTools.EnsureInstalledAsync();
        using var anonymous = _api.Anonymous();
        var response = (await anonymous.GetAsync("/openapi/v1.json")).Expect(HttpStatusCode.OK);
        var directory = Path.Combine(NodeTools.ClientDirectory, "generated");
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, "openapi.json");
        await File.WriteAllTextAsync(path, response.Text);
        return Path.Combine("generated", "openapi.json");
    }

    /// <summary>A TypeScript type assertion: <c>x as T</c> or <c>&lt;T&gt;x</c>.</summary>
    [GeneratedRegex(@"\bas\s+[A-Za-z_{\[(]|(?<![A-Za-z0-9_$])<[A-Za-z_]+>\s*[A-Za-z_(]")]
    private static partial Regex Cast();
}
