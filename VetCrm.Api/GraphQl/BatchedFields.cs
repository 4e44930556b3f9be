using System.Collections;
using GraphQL;
using GraphQL.Builders;
using GraphQLParser.AST;

namespace VetCrm.Api.GraphQl;

/// <summary>
/// Fields answered from the request's batch loaders by an id of their record. A page loads what its rows' selected
/// batched fields will ask for before the rows resolve (the same one query per field as the executor's level batching),
/// so each row's field answers at once: a pending result per row costs graphql-dotnet far more than the value itself.
/// A value the row already holds (a REST include of the list's query) is answered as it is, and not loaded again.
/// </summary>
public static class BatchedFields
{
    private const string PrefetchKey = "VetCrm.Prefetch";

    private delegate Task Prefetch(IResolveFieldContext context, IEnumerable rows);

    /// <param name="held">The value when the row already holds it, else null.</param>
    public static FieldBuilder<TSource, object> ResolveBatched<TSource, TValue>(this FieldBuilder<TSource, object> field, Func<TSource, Guid?> key,
        Func<IResolveFieldContext, RecordBatches, BatchLoader<TValue>> loader, Func<TSource, TValue?>? held = null) where TValue : class
    {
        Prefetch prefetch = (context, rows) => loader(context, context.Service<RecordBatches>())
            .LoadAsync(rows.Cast<TSource>().Where(row => held?.Invoke(row) is null).Select(key).OfType<Guid>(), context.CancellationToken);
        return field.WithMetadata(PrefetchKey, prefetch).Resolve(context =>
            held?.Invoke(context.Source) ?? (key(context.Source) is { } id ? loader(context, context.Service<RecordBatches>()).Resolve(id) : null));
    }

    /// <summary>
    /// The REST includes (of <paramref name="includable"/>) that the rows of the current page field select as fields, so
    /// that the list's own query brings them, as <c>include=</c> does over REST; null when none is selected.
    /// </summary>
    public static string? SelectedIncludes(this IResolveFieldContext context, IReadOnlyCollection<string> includable)
    {
        if (context.SubFields is not { } selected) return null;
        var names = selected.Values.Where(s => s.FieldType.Name == "items" && s.Field.SelectionSet is not null)
            .SelectMany(s => s.Field.SelectionSet!.Selections.OfType<GraphQLField>())
            .Select(f => f.Name.StringValue).Where(includable.Contains).Distinct().ToList();
        return names.Count > 0 ? string.Join(',', names) : null;
    }

    /// <summary>Loads, for these rows, what the batched fields selected under the current field will ask for.</summary>
    public static async Task PrefetchAsync(this IResolveFieldContext context, IEnumerable rows)
    {
        if (context.SubFields is not { } selected) return;
        foreach (var (_, definition) in selected.Values)
            if (definition.GetMetadata<Prefetch?>(PrefetchKey) is { } prefetch) await prefetch(context, rows);
    }
}
