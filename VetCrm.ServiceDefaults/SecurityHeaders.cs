using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Microsoft.Extensions.Hosting;

/// <summary>
/// The security headers every VetCrm service sends: nosniff, no referrer across origins, no framing by other sites,
/// and a content security policy (the web's allows its own scripts and the API's live channel; the API's only
/// forbids framing, so that its playground keeps working). Answers that carry clinical data or tokens are
/// <c>Cache-Control: no-store</c>: neither a browser nor a proxy keeps them.
/// </summary>
public static class SecurityHeaders
{
    /// <param name="contentSecurityPolicy">The policy's directives; null for "frame-ancestors 'none'" only.</param>
    /// <param name="noStore">Which answers must not be cached.</param>
    public static IApplicationBuilder UseVetCrmSecurityHeaders(this IApplicationBuilder app, Action<CspBuilder>? contentSecurityPolicy, Func<HttpContext, bool> noStore)
    {
        var policies = new HeaderPolicyCollection()
            .AddContentTypeOptionsNoSniff()
            .AddFrameOptionsDeny()
            .AddReferrerPolicyStrictOriginWhenCrossOrigin()
            .RemoveServerHeader()
            .AddContentSecurityPolicy(csp =>
            {
                csp.AddFrameAncestors().None();
                csp.AddObjectSrc().None();
                contentSecurityPolicy?.Invoke(csp);
            });
        app.Use(async (context, next) =>
        {
            if (noStore(context))
            {
                context.Response.OnStarting(() =>
                {
                    context.Response.Headers.CacheControl = "no-store";
                    return Task.CompletedTask;
                });
            }
            await next(context);
        });
        return app.UseSecurityHeaders(policies);
    }
}
