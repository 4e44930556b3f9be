using VetCrm.Api.Access;

namespace VetCrm.Api.Auth;

public static class HttpContextActorExtensions
{
    /// <summary>The signed-in caller, set by <see cref="CurrentActorMiddleware"/>; staff endpoints require one.</summary>
    public static Actor Actor(this HttpContext context) =>
        context.Features.Get<Actor>() ?? throw new InvalidOperationException("No signed-in actor: the endpoint must require authorization.");
}
