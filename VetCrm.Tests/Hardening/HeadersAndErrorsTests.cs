using System.Net;
using System.Net.Http.Json;
using VetCrm.Tests.Api;
using VetCrm.Tests.Infrastructure;
using VetCrm.Tests.Web;

namespace VetCrm.Tests.Hardening;

/// <summary>Security headers on web and API, no-store on clinical and token answers, versions for admins only, friendly errors.</summary>
[Collection("stack")]
public sealed class HeadersAndErrorsTests(StackFixture stack)
{
    private readonly ApiFixtureHelpers api = new(stack);

    [Fact]
    public async Task The_web_sends_security_headers_and_no_store()
    {
        using var web = stack.CreateHttpClient("web");
        using var page = await web.GetAsync("/Account/Login");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("nosniff", Header(page, "X-Content-Type-Options"));
        Assert.Equal("strict-origin-when-cross-origin", Header(page, "Referrer-Policy"));
        var csp = Header(page, "Content-Security-Policy");
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.Contains("script-src 'self'", csp);
        Assert.DoesNotContain("unsafe-inline", csp);
        Assert.Contains("no-store", page.Headers.CacheControl?.ToString());

        using var script = await web.GetAsync("/js/live.js");
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        Assert.DoesNotContain("no-store", script.Headers.CacheControl?.ToString() ?? "");
    }

    [Fact]
    public async Task Token_and_clinical_answers_of_the_api_are_no_store_and_versions_are_for_admins()
    {
        using var anonymous = api.Anonymous();
        using var login = await anonymous.Http.PostAsJsonAsync("/api/auth/login", new { username = "admin", password = stack.AdminPassword });
        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        Assert.Contains("no-store", login.Headers.CacheControl?.ToString());
        Assert.Equal("nosniff", Header(login, "X-Content-Type-Options"));
        Assert.Contains("frame-ancestors 'none'", Header(login, "Content-Security-Policy"));

        var publicStatus = (await anonymous.GetAsync("/api/status")).Expect(HttpStatusCode.OK).Object;
        Assert.Null(publicStatus["version"]);
        Assert.Null(publicStatus["databaseServer"]);
        using var admin = await api.AdminAsync();
        var adminStatus = (await admin.GetAsync("/api/status")).Expect(HttpStatusCode.OK).Object;
        Assert.StartsWith("PostgreSQL", adminStatus["databaseServer"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_bad_page_link_and_the_audit_date_filter_answer_friendly_pages_with_a_trace_id_never_a_stack_trace()
    {
        using var session = await WebSession.AdminAsync(stack);
        var garbage = await session.GetAsync("/Pets?cursor=garbage");
        Assert.Equal(HttpStatusCode.BadRequest, garbage.StatusCode);
        Assert.Contains("data-testid=\"trace-id\"", garbage.Body);
        Assert.DoesNotContain("   at ", garbage.Body);
        Assert.DoesNotContain("Exception", garbage.Body);

        var audit = await session.GetAsync("/Admin/Audit?Filter.From=2026-01-01&Filter.To=2026-12-31");
        Assert.Equal(HttpStatusCode.OK, audit.StatusCode);
        Assert.DoesNotContain("Exception", audit.Body);
    }

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values) ? string.Join(", ", values) : "";
}
