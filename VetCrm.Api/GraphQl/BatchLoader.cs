using GraphQL.DataLoader;

namespace VetCrm.Api.GraphQl;

/// <summary>
/// Loads records by id for one request, many at a time: resolvers of a level each ask for an id and get a pending
/// result; the executor resolves pending results only after the whole level asked, so the first one loads every id
/// asked so far in one query (no query per row). A list that knows its rows' ids up front loads them before its rows
/// resolve (<see cref="LoadAsync"/>), and then each row's field answers at once, without a pending result.
/// Requests execute serially, so no locking is needed.
/// </summary>
/// <param name="missing">What an id without a row resolves to (null for a record, empty for a child list).</param>
public sealed class BatchLoader<TValue>(Func<Guid[], CancellationToken, Task<Dictionary<Guid, TValue>>> load, TValue? missing = default)
{
    private readonly HashSet<Guid> _waiting = [];
    private readonly Dictionary<Guid, TValue?> _loaded = [];

    /// <summary>The value if this request loaded it already, else a pending result the executor completes with the level.</summary>
    public object? Resolve(Guid id) => _loaded.TryGetValue(id, out var value) ? value : Load(id);

    public IDataLoaderResult<TValue?> Load(Guid id)
    {
        if (!_loaded.ContainsKey(id)) _waiting.Add(id);
        return new Pending(this, id);
    }

    /// <summary>Loads these ids (with any already asked for) in one query, so that resolving them later needs no wait.</summary>
    public Task LoadAsync(IEnumerable<Guid> ids, CancellationToken cancellationToken)
    {
        foreach (var id in ids)
            if (!_loaded.ContainsKey(id)) _waiting.Add(id);
        return LoadWaitingAsync(cancellationToken);
    }

    private async Task LoadWaitingAsync(CancellationToken cancellationToken)
    {
        if (_waiting.Count == 0) return;
        var ids = _waiting.ToArray();
        _waiting.Clear();
        var rows = await load(ids, cancellationToken);
        foreach (var asked in ids) _loaded[asked] = rows.TryGetValue(asked, out var row) ? row : missing;
    }

    private async Task<TValue?> GetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!_loaded.ContainsKey(id)) await LoadWaitingAsync(cancellationToken);
        return _loaded.GetValueOrDefault(id);
    }

    private sealed class Pending(BatchLoader<TValue> loader, Guid id) : IDataLoaderResult<TValue?>
    {
        public Task<TValue?> GetResultAsync(CancellationToken cancellationToken = default) => loader.GetAsync(id, cancellationToken);

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => await GetResultAsync(cancellationToken);
    }
}
