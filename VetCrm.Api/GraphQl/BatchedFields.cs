using System.Collections;
using GraphQL;
using GraphQL.Builders;

namespace VetCrm.Api.GraphQl;

/// <summary>
/// Fields answered from the request's batch loaders by an id of their record. A page loads what its rows' selected
/// batched fields will ask for before the rows resolve (the same one query per field as the executor's level batching),
/// so each row's field answers at once: a pending result per row costs graphql-dotnet far more than the value itself.
/// </summary>
public static class BatchedFields
{
    private const string PrefetchKey = "VetCrm.Prefetch";

    private delegate Task Prefetch(IResolveFieldContext context, IEnumerable rows);

    public static FieldBuilder<TSource, object> ResolveBatched<TSource, TValue>(this FieldBuilder<TSource, object> field, Func<TSource, Guid?> key,
        Func<IResolveFieldContext, RecordBatches, BatchLoader<TValue>> loader)
    {
        Prefetch prefetch = (context, rows) => loader(context, context.Service<RecordBatches>())
            .LoadAsync(rows.Cast<TSource>().Select(key).OfType<Guid>(), context.CancellationToken);
        return field.WithMetadata(PrefetchKey, prefetch)
            .Resolve(context => key(context.Source) is { } id ? loader(context, context.Service<RecordBatches>()).Resolve(id) : null);
    }

    /// <summary>Loads, for these rows, what the batched fields selected under the current field will ask for.</summary>
    public static async Task PrefetchAsync(this IResolveFieldContext context, IEnumerable rows)
    {
        if (context.SubFields is not { } selected) return;
        foreach (var (_, definition) in selected.Values)
            if (definition.GetMetadata<Prefetch?>(PrefetchKey) is { } prefetch) await prefetch(context, rows);
    }
}
