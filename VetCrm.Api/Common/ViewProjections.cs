using System.Collections.Concurrent;
using System.Linq.Expressions;
using VetCrm.Api.Access;

namespace VetCrm.Api.Common;

/// <summary>
/// A record type's view for a role and a set of includes, built once: a projection depends on nothing else, and
/// building and expanding it again for every request was a measurable share of a list's CPU time.
/// </summary>
public sealed class ViewProjections<TEntity, TView>(Func<Actor, IReadOnlySet<string>, Expression<Func<TEntity, TView>>> build)
{
    private readonly ConcurrentDictionary<(string Role, string Includes), Expression<Func<TEntity, TView>>> _projections = new();
    private readonly ConcurrentDictionary<string, Func<TEntity, TView>> _compiled = new();

    public Expression<Func<TEntity, TView>> For(Actor actor, IReadOnlySet<string> includes) =>
        _projections.GetOrAdd((actor.Role ?? "", string.Join(',', includes.Order(StringComparer.Ordinal))), _ => build(actor, includes));

    /// <summary>
    /// A record just written, as the actor sees it without includes, projected in memory rather than read back: the
    /// tracked entity holds every column, its version came back with the write, and its instants are whole microseconds.
    /// </summary>
    public TView Of(Actor actor, TEntity entity) => _compiled.GetOrAdd(actor.Role ?? "", _ => For(actor, Includes.None).Compile())(entity);
}
