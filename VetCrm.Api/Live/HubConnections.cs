using System.Collections.Concurrent;
using Microsoft.AspNetCore.SignalR;

namespace VetCrm.Api.Live;

/// <summary>
/// The hub connections open on this replica, per user, so that a change to a user (logout renews the security stamp,
/// a lock, a role change or removal: every change notifies) ends that user's connections within the notification's
/// milliseconds. A client with a still-valid token reconnects and joins the groups of its role as it is now; after a
/// logout or lock the reconnect is refused.
/// </summary>
public sealed class HubConnections
{
    private readonly ConcurrentDictionary<Guid, ConcurrentDictionary<string, HubCallerContext>> byUser = new();

    public void Add(Guid userId, HubCallerContext connection) =>
        byUser.GetOrAdd(userId, _ => new ConcurrentDictionary<string, HubCallerContext>())[connection.ConnectionId] = connection;

    public void Remove(Guid userId, string connectionId)
    {
        if (byUser.TryGetValue(userId, out var connections)) connections.TryRemove(connectionId, out _);
    }

    public void EndAll(Guid userId)
    {
        if (!byUser.TryRemove(userId, out var connections)) return;
        foreach (var connection in connections.Values) connection.Abort();
    }
}
