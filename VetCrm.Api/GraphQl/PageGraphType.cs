using GraphQL.Types;
using VetCrm.Api.Common;

namespace VetCrm.Api.GraphQl;

/// <summary>A page of a list, as REST's <c>{items, nextCursor}</c>: pass <c>nextCursor</c> back as <c>cursor</c> for the next page.</summary>
public sealed class PageGraphType<TView, TItemGraph> : ObjectGraphType<Page<TView>> where TItemGraph : IGraphType
{
    public PageGraphType()
    {
        Name = typeof(TItemGraph).Name.Replace("GraphType", "", StringComparison.Ordinal) + "Page";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TItemGraph>>>>("items").ResolveAsync(async context =>
        {
            await context.PrefetchAsync(context.Source.Items);
            return context.Source.Items;
        });
        Field(p => p.NextCursor, nullable: true).Description("Null on the last page.");
    }
}
