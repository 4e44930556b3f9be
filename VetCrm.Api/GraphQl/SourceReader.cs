using GraphQL;
using GraphQL.Resolvers;

namespace VetCrm.Api.GraphQl;

/// <summary>
/// A resolver that reads its value from the source object alone, as graphql-dotnet's expression fields do. The execution
/// strategy may call such a resolver for a whole row at once, without a resolve context or an execution node per field.
/// </summary>
public sealed class SourceReader<TSource>(Func<TSource, object?> read) : IFieldResolver
{
    public ValueTask<object?> ResolveAsync(IResolveFieldContext context) => new(read((TSource)context.Source!));
}
