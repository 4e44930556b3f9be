using System.Net;
using System.Text.RegularExpressions;
using VetCrm.Tests.Infrastructure;

namespace VetCrm.Tests.Web;

/// <summary>
/// A browser-like HTTP session with the web app: keeps cookies, does not follow redirects (tests look at them), and
/// posts forms the way a browser does, with the antiforgery token taken from the form on the page.
/// </summary>
public sealed partial class WebSession : IDisposable
{
    private readonly HttpClient http;

    public WebSession(StackFixture stack)
    {
        http = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false })
        {
            BaseAddress = stack.App.GetEndpoint("web"),
        };
    }

    /// <summary>A session logged in through the login form as a user made by <see cref="Api.ApiFixtureHelpers.NewUserAsync"/>.</summary>
    public static Task<WebSession> LoggedInAsync(StackFixture stack, Api.ApiClient user) => LoggedInAsync(stack, user.UserName, Api.ApiFixtureHelpers.Password);

    public static Task<WebSession> AdminAsync(StackFixture stack) => LoggedInAsync(stack, "admin", stack.AdminPassword);

    public static async Task<WebSession> LoggedInAsync(StackFixture stack, string username, string password)
    {
        var session = new WebSession(stack);
        var response = await session.SubmitAsync("/Account/Login", new() { ["Input.Username"] = username, ["Input.Password"] = password });
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"login as {username} should redirect, got {(int)response.StatusCode}: {response.Body}");
        return session;
    }

    public async Task<WebResponse> GetAsync(string path)
    {
        using var response = await http.GetAsync(path);
        return await WebResponse.ReadAsync(response);
    }

    /// <summary>Opens <paramref name="pagePath"/>, takes the antiforgery token from its forms and posts the fields.</summary>
    /// <param name="action">Where the form posts, when not to the page itself (e.g. "?handler=Role").</param>
    public async Task<WebResponse> SubmitAsync(string pagePath, Dictionary<string, string> fields, string? action = null)
    {
        var page = await GetAsync(pagePath);
        Assert.True(page.StatusCode == HttpStatusCode.OK, $"GET {pagePath} answered {(int)page.StatusCode}");
        var token = AntiforgeryToken().Match(page.Body);
        Assert.True(token.Success, $"no antiforgery token in the form of {pagePath}");
        var form = new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token.Groups[1].Value) };
        using var response = await http.PostAsync(action is null ? pagePath : action.StartsWith('?') ? Path(pagePath) + action : action, new FormUrlEncodedContent(form));
        return await WebResponse.ReadAsync(response);
    }

    /// <summary>Posts a form's fields as they are (its antiforgery token among them, when the form had one).</summary>
    public async Task<WebResponse> PostFormAsync(string action, Dictionary<string, string> fields)
    {
        using var response = await http.PostAsync(action, new FormUrlEncodedContent(fields));
        return await WebResponse.ReadAsync(response);
    }

    /// <summary>Posts without an antiforgery token, as a forged cross-site form would.</summary>
    public async Task<WebResponse> PostWithoutTokenAsync(string path, Dictionary<string, string> fields)
    {
        using var response = await http.PostAsync(path, new FormUrlEncodedContent(fields));
        return await WebResponse.ReadAsync(response);
    }

    public void Dispose() => http.Dispose();

    private static string Path(string pagePath) => pagePath.Split('?')[0];

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}

public sealed record WebResponse(HttpStatusCode StatusCode, string Body, Uri? Location)
{
    public static async Task<WebResponse> ReadAsync(HttpResponseMessage response) =>
        new(response.StatusCode, await response.Content.ReadAsStringAsync(), response.Headers.Location);

    /// <summary>The text of the element holding the validation message for an input, e.g. "Input.PetName".</summary>
    public string? FieldError(string inputName)
    {
        var match = Regex.Match(Body, $"<span[^>]*data-valmsg-for=\"{Regex.Escape(inputName)}\"[^>]*>(.*?)</span>", RegexOptions.Singleline);
        return match.Success && match.Groups[1].Value.Length > 0 ? WebUtility.HtmlDecode(match.Groups[1].Value) : null;
    }

    public string Text => WebUtility.HtmlDecode(Body);
}
