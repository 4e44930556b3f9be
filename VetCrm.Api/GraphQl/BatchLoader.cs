using GraphQL.DataLoader;

namespace VetCrm.Api.GraphQl;

/// <summary>
/// Loads records by id for one request, many at a time: resolvers of a level each ask for an id and get a pending
/// result; the executor resolves pending results only after the whole level asked, so the first one loads every id
/// asked so far in one query (no query per row). Requests execute serially, so no locking is needed.
/// </summary>
/// <param name="missing">What an id without a row resolves to (null for a record, empty for a child list).</param>
public sealed class BatchLoader<TValue>(Func<Guid[], CancellationToken, Task<Dictionary<Guid, TValue>>> load, TValue? missing = default)
{
    private readonly HashSet<Guid> _waiting = [];
    private readonly Dictionary<Guid, TValue?> _loaded = [];

    public IDataLoaderResult<TValue?> Load(Guid id)
    {
        if (!_loaded.ContainsKey(id)) _waiting.Add(id);
        return new Pending(this, id);
    }

    private async Task<TValue?> GetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!_loaded.ContainsKey(id) && _waiting.Count > 0)
        {
            var ids = _waiting.ToArray();
            _waiting.Clear();
            var rows = await load(ids, cancellationToken);
            foreach (var asked in ids) _loaded[asked] = rows.TryGetValue(asked, out var row) ? row : missing;
        }
        return _loaded.GetValueOrDefault(id);
    }

    private sealed class Pending(BatchLoader<TValue> loader, Guid id) : IDataLoaderResult<TValue?>
    {
        public Task<TValue?> GetResultAsync(CancellationToken cancellationToken = default) => loader.GetAsync(id, cancellationToken);

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => await GetResultAsync(cancellationToken);
    }
}
