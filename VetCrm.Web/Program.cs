using Microsoft.AspNetCore.Authentication.Cookies;
using VetCrm.Web.ApiClient;
using VetCrm.Web.Auth;
using VetCrm.Web.Display;
using VetCrm.Web.Live;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();

// Keys (auth cookies, antiforgery) in a folder the web's replicas share, encrypted with the certificate: a folder
// survives a Redis flush and any restart, and the web needs no database for it. A cache is no place for keys.
builder.AddEncryptedKeyRing("VetCrm.Web").PersistKeysToConfiguredFolder(builder.Configuration);

builder.Services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme).AddCookie(options =>
{
    options.Cookie.Name = "vetcrm.session";
    options.Cookie.HttpOnly = true;
    options.Cookie.SameSite = SameSiteMode.Lax;
    options.LoginPath = "/Account/Login";
    options.AccessDeniedPath = "/Error/403";
    options.SlidingExpiration = true;
    options.EventsType = typeof(ApiSessionValidator);
});
builder.Services.AddScoped<ApiSessionValidator>();
builder.Services.AddAuthorizationBuilder().AddPolicy(StaffClaims.AdminPolicy, policy => policy.RequireClaim(StaffClaims.ActionClaim, "manageUsers"));

builder.Services.AddRazorPages(options =>
{
    options.Conventions.AuthorizeFolder("/");
    options.Conventions.AllowAnonymousToPage("/Index");
    options.Conventions.AllowAnonymousToPage("/Error");
    options.Conventions.AllowAnonymousToFolder("/Account");
    options.Conventions.AuthorizeFolder("/Admin", StaffClaims.AdminPolicy);
});

builder.Services.AddHttpContextAccessor();
builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddTransient<BearerTokenHandler>();
builder.Services.AddScoped<VetCrm.Web.Forms.SpecialistChoices>();
builder.AddLiveUpdates();
builder.AddHospitalTime();
// "http://api" is resolved by service discovery from services__api__http__0, handed over by the AppHost.
builder.Services.AddHttpClient<VetCrmApiClient>(client => client.BaseAddress = new Uri("https+http://api"))
    .AddHttpMessageHandler<BearerTokenHandler>();

var app = builder.Build();

// Staff see the friendly error page with a trace id in every environment (./run.sh runs Development): never a stack trace.
app.UseExceptionHandler("/Error");
app.UseStatusCodePagesWithReExecute("/Error/{0}");
var liveHub = app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<LiveOptions>>().Value.HubUrl is { } hubUrl ? new Uri(hubUrl) : null;
app.UseVetCrmSecurityHeaders(csp =>
{
    csp.AddDefaultSrc().Self();
    csp.AddScriptSrc().Self();
    csp.AddStyleSrc().Self();
    csp.AddImgSrc().Self().Data();
    csp.AddFormAction().Self();
    csp.AddBaseUri().Self();
    // The live script talks to the API's hub, on the API's origin (negotiate over HTTP, then a WebSocket).
    var connect = csp.AddConnectSrc().Self();
    if (liveHub is not null) connect.From(liveHub.GetLeftPart(UriPartial.Authority)).From($"{(liveHub.Scheme == "https" ? "wss" : "ws")}://{liveHub.Authority}");
}, noStore: context => !StaticPaths.Any(path => context.Request.Path.StartsWithSegments(path)));
app.UseStaticFiles();
app.UseRouting();
app.UseAuthentication();
app.UseAuthorization();
app.UseMiddleware<ApiProblemMiddleware>();

app.MapDefaultEndpoints();
app.MapRazorPages();
app.MapLiveEndpoints();

app.Run();

public partial class Program
{
    /// <summary>Static assets may be cached; every page (clinical data, tokens) is no-store.</summary>
    private static readonly string[] StaticPaths = ["/css", "/js", "/lib", "/favicon.ico"];
}
