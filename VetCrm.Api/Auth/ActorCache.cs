using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;

namespace VetCrm.Api.Auth;

/// <summary>
/// The users behind bearer tokens, kept in memory so a request need not read its user row (that read was half the SQL of
/// every list request). It stays exact: every change to a user row evicts the user, at once in the replica that made it
/// (<see cref="UserChangeEviction"/>) and in every replica through PostgreSQL's NOTIFY on commit
/// (<see cref="UserChangeListener"/>). While the listener is not connected the cache is off, so a notification missed
/// during an outage can never keep an old role or security stamp in force.
/// </summary>
public sealed class ActorCache
{
    /// <summary>What the per-request check needs of a user row.</summary>
    public sealed record CachedUser(string? SecurityStamp, string UserName, string? Role, DateTimeOffset? LockoutEnd);

    private readonly ConcurrentDictionary<Guid, CachedUser> _users = new();
    private readonly Lock _gate = new();
    private long _generation;
    private volatile bool _listening;

    /// <summary>Changes whenever a user may have changed; a read started before that must not be stored.</summary>
    public long Generation => Interlocked.Read(ref _generation);

    public bool TryGet(Guid userId, [NotNullWhen(true)] out CachedUser? user)
    {
        user = null;
        return _listening && _users.TryGetValue(userId, out user);
    }

    /// <summary>Stores a user read from the database, unless some user changed since the read began.</summary>
    public void Add(Guid userId, CachedUser user, long generationAtRead)
    {
        lock (_gate)
        {
            if (_listening && _generation == generationAtRead) _users[userId] = user;
        }
    }

    public void Evict(Guid userId)
    {
        lock (_gate)
        {
            _generation++;
            _users.TryRemove(userId, out _);
        }
    }

    /// <summary>Turns the cache on (listening to changes) or off; either way what it held may be stale, so it is dropped.</summary>
    public void SetListening(bool listening)
    {
        lock (_gate)
        {
            _generation++;
            _users.Clear();
            _listening = listening;
        }
    }
}
