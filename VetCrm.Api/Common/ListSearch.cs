using System.Collections.Concurrent;
using System.Linq.Expressions;

namespace VetCrm.Api.Common;

/// <summary>
/// A text search on a list, which PostgreSQL can answer two ways, each fast where the other is slow:
/// <list type="bullet">
/// <item><see cref="RowMatches"/> tested on the rows next in list order, read off the order index: fast when the term
/// is common (the page fills after a few hundred rows), a full scan when it is rare;</item>
/// <item><see cref="IndexedMatches"/>, every match found through trigram indexes, then sorted: fast when the term is
/// rare, slow when thousands of rows match (each is fetched and sorted to keep 50).</item>
/// </list>
/// <see cref="ListOrders{TEntity,TView}.PageAsync"/> tries the first on a bounded window and falls back to the second
/// when the window does not fill the page; it remembers which terms needed the fallback and sends those straight to it.
/// Both ways return the same rows.
/// </summary>
public sealed class ListSearch<TEntity>(string term, Expression<Func<TEntity, bool>> rowMatches, Func<IQueryable<TEntity>, IQueryable<TEntity>> indexedMatches)
{
    /// <summary>How many rows in list order, per row of the page, the window reads before giving up on it.</summary>
    public const int WindowRowsPerPageRow = 40;

    private const int MaxRememberedTerms = 10_000;
    private static readonly ConcurrentDictionary<string, bool> RareTerms = new(StringComparer.OrdinalIgnoreCase);

    public Expression<Func<TEntity, bool>> RowMatches => rowMatches;

    public IQueryable<TEntity> IndexedMatches(IQueryable<TEntity> source) => indexedMatches(source);

    /// <summary>Whether this term filled no window before: then the indexes are asked at once.</summary>
    public bool KnownRare => RareTerms.ContainsKey(term);

    public void RememberRare()
    {
        if (RareTerms.Count >= MaxRememberedTerms) RareTerms.Clear();
        RareTerms[term] = true;
    }
}
