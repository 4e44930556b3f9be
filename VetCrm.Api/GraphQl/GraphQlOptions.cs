namespace VetCrm.Api.GraphQl;

/// <summary>Limits on what one GraphQL request may ask for (configuration section <c>GraphQl</c>).</summary>
public sealed class GraphQlOptions
{
    public const string Section = "GraphQl";

    /// <summary>
    /// Nesting of fields. The record types refer to each other without cycles, so data queries end at depth 7 (a log's
    /// plan's referral's status change's user's name); the limit guards against cycles a schema change would add.
    /// </summary>
    public int MaxDepth { get; set; } = 10;

    /// <summary>Nesting for an introspection-only operation: GraphiQL's and graphql-js's introspection queries reach 12 (ofType in ofType …).</summary>
    public int MaxIntrospectionDepth { get; set; } = 15;

    /// <summary>graphql-dotnet's estimate: a field costs 1, a list multiplies its fields' cost by 10.</summary>
    public int MaxComplexity { get; set; } = 20_000;

    /// <summary>How many characters of query text the document cache holds (documents parsed and validated once).</summary>
    public long DocumentCacheSize { get; set; } = 1_000_000;
}
