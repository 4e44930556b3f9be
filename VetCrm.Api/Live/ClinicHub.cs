using Microsoft.AspNetCore.SignalR;
using VetCrm.Api.Access;

namespace VetCrm.Api.Live;

/// <summary>
/// The live channel at <c>/hubs/clinic</c>. A connection joins its user's group and its role's group; the dispatcher
/// addresses events to the groups <see cref="CaseAccess"/> derives from the access rules. A change to the user ends the
/// connection (<see cref="HubConnections"/>).
/// </summary>
public sealed class ClinicHub(HubConnections connections) : Hub
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
        connections.Add(actor.UserId, Context);
        foreach (var group in GroupsOf(actor))
        {
            await Groups.AddToGroupAsync(Context.ConnectionId, group, Context.ConnectionAborted);
        }
        await base.OnConnectedAsync();
    }

    public override Task OnDisconnectedAsync(Exception? exception)
    {
        if (Context.GetHttpContext()?.Features.Get<Actor>() is { } actor) connections.Remove(actor.UserId, Context.ConnectionId);
        return base.OnDisconnectedAsync(exception);
    }

    /// <summary>Which event groups this connection is in. Answered only after joining them, so a client that awaits it
    /// knows that events from now on reach it.</summary>
    public string[] Subscriptions() =>
        Context.GetHttpContext()?.Features.Get<Actor>() is { HasRole: true } actor ? GroupsOf(actor) : [];

    private static string[] GroupsOf(Actor actor) => CaseAccess.LiveGroupsOf(actor);
}
