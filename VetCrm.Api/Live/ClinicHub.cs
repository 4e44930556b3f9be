using Microsoft.AspNetCore.SignalR;
using VetCrm.Api.Access;

namespace VetCrm.Api.Live;

/// <summary>What a live client receives: which record changed, on which case. Clients re-read it through the API,
/// so an event carries no clinical content and the access rules of the read apply unchanged.</summary>
public sealed record LiveEvent(string Type, string EntityType, string EntityId, string PetId, DateTimeOffset At);

/// <summary>
/// The live channel at <c>/hubs/clinic</c>. A connection joins its user's group and its role's group; the dispatcher
/// addresses events to the groups <see cref="LiveAudience"/> derives from the access rules.
/// </summary>
public sealed class ClinicHub : Hub
{
    public const string Path = "/hubs/clinic";
    public const string EventMethod = "event";

    public override async Task OnConnectedAsync()
    {
        // Set per request by CurrentActorMiddleware, which also ran for this connection's HTTP request.
        var actor = Context.GetHttpContext()?.Features.Get<Actor>();
        if (actor is not { HasRole: true })
        {
            Context.Abort();
            return;
        }
        await Groups.AddToGroupAsync(Context.ConnectionId, LiveAudience.UserGroup(actor.UserId), Context.ConnectionAborted);
        await Groups.AddToGroupAsync(Context.ConnectionId, LiveAudience.RoleGroup(actor.Role!), Context.ConnectionAborted);
        await base.OnConnectedAsync();
    }
}
