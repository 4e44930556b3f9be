using GraphQL.Builders;
using GraphQL.Types;

namespace VetCrm.Api.GraphQl;

/// <summary>The arguments every record list takes, as REST's query parameters: archived, order, limit, cursor.</summary>
public static class ListArgumentsExtensions
{
    public static FieldBuilder<TSource, object> ListArguments<TSource>(this FieldBuilder<TSource, object> field, string orders) => field
        .Argument<BooleanGraphType>("archived", "true: only archived records (they drop out of lists otherwise).")
        .Argument<StringGraphType>("order", orders)
        .Argument<IntGraphType>("limit", "Page size, 1 to 200 (default 50).")
        .Argument<StringGraphType>("cursor", "nextCursor of the previous page.");
}
