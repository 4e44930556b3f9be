using System.Collections;
using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Resolvers;
using GraphQL.Types;
using GraphQLParser.AST;

namespace VetCrm.Api.GraphQl;

/// <summary>
/// The fields a plain selection set collects for one object type, in response order, and for each field whose value is
/// read from the row alone (a scalar, or a list of scalars, with a source-only resolver) how to read and serialize it.
/// </summary>
public sealed class SelectionPlan
{
    private SelectionPlan(SelectedField[] fields)
    {
        Fields = fields;
        Children = [.. fields.Where(f => f.Reader is null)];
        HasLeaves = Children.Length < fields.Length;
    }

    public SelectedField[] Fields { get; }

    /// <summary>The fields that still need an execution node of their own: objects, and anything resolved otherwise.</summary>
    public SelectedField[] Children { get; }

    public bool HasLeaves { get; }

    public static SelectionPlan For(Dictionary<string, (GraphQLField Field, FieldType Definition)> collected) =>
        new([.. collected.Select(f => new SelectedField(f.Key, f.Value.Field, f.Value.Definition, LeafReader.For(f.Value.Definition)))]);

    /// <summary>
    /// The serialized values of the row's leaf fields, aligned with <see cref="Fields"/>; null when any of them would need
    /// the library's own handling (a null in a non-null field, a value that does not serialize, a failure), so that the row
    /// goes the ordinary way and the error is reported as it always is.
    /// </summary>
    public object?[]? ReadLeaves(object source)
    {
        // One context per thread, used only within this synchronous loop: the readers look at its source alone.
        var context = t_context ??= new ResolveFieldContext();
        context.Source = source;
        try
        {
            var values = new object?[Fields.Length];
            for (var i = 0; i < Fields.Length; i++)
                if (Fields[i].Reader is { } reader && !reader.TryRead(context, out values[i])) return null;
            return values;
        }
        finally
        {
            context.Source = null;
        }
    }

    [ThreadStatic] private static ResolveFieldContext? t_context;
}

public sealed record SelectedField(string ResponseName, GraphQLField Field, FieldType Definition, LeafReader? Reader);

public sealed class LeafReader
{
    private readonly IFieldResolver _resolver;
    private readonly ScalarGraphType _scalar;
    private readonly bool _nonNull;
    private readonly bool _isList;
    private readonly bool _itemsNonNull;

    private LeafReader(IFieldResolver resolver, ScalarGraphType scalar, bool nonNull, bool isList, bool itemsNonNull)
    {
        (_resolver, _scalar, _nonNull, _isList, _itemsNonNull) = (resolver, scalar, nonNull, isList, itemsNonNull);
    }

    /// <summary>A reader for a scalar or a list of scalars (an <see cref="IList"/>, serialized to an array) whose resolver reads the source alone; null for any other field.</summary>
    public static LeafReader? For(FieldType definition)
    {
        if (definition.Resolver is not { } resolver || !ReadsSourceOnly(resolver)) return null;
        var (type, nonNull) = Unwrap(definition.ResolvedType);
        if (type is ScalarGraphType scalar) return new LeafReader(resolver, scalar, nonNull, isList: false, itemsNonNull: false);
        if (type is ListGraphType list && Unwrap(list.ResolvedType) is (ScalarGraphType item, var itemsNonNull))
            return new LeafReader(resolver, item, nonNull, isList: true, itemsNonNull);
        return null;
    }

    private static bool ReadsSourceOnly(IFieldResolver resolver)
    {
        var type = resolver.GetType();
        return type.IsGenericType && (type.GetGenericTypeDefinition() == typeof(SourceReader<>) || type.GetGenericTypeDefinition() == typeof(ExpressionFieldResolver<,>));
    }

    private static (IGraphType? Type, bool NonNull) Unwrap(IGraphType? type) =>
        type is NonNullGraphType nonNull ? (nonNull.ResolvedType, true) : (type, false);

    public bool TryRead(ResolveFieldContext context, out object? serialized)
    {
        serialized = null;
        try
        {
            var pending = _resolver.ResolveAsync(context);
            if (!pending.IsCompletedSuccessfully) return false;
            var value = pending.Result;
            if (value is IDataLoaderResult) return false;
            if (value is null) return !_nonNull;
            if (!_isList)
            {
                serialized = _scalar.Serialize(value);
                return serialized is not null || !_nonNull;
            }
            if (value is not IList items) return false;
            var list = new object?[items.Count];
            for (var i = 0; i < list.Length; i++)
            {
                list[i] = items[i] is { } item ? _scalar.Serialize(item) : null;
                if (list[i] is null && _itemsNonNull) return false;
            }
            serialized = list;
            return true;
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            return false;
        }
    }
}
