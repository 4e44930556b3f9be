using System.Collections;
using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Resolvers;
using GraphQL.Types;

namespace VetCrm.Api.GraphQl;

/// <summary>
/// Reads one leaf field from a row and serializes it as graphql-dotnet would, or says that the library must handle the field
/// (a null in a non-null field, a value that does not serialize, a failure) so that the error is reported as it always is.
/// </summary>
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
        // The library resolves the field again on its own path and reports the failure there.
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            return false;
        }
    }
}
