namespace VetCrm.Api.GraphQl;

/// <summary>Limits on what one GraphQL request may ask for (configuration section <c>GraphQl</c>).</summary>
public sealed class GraphQlOptions
{
    public const string Section = "GraphQl";

    /// <summary>Nesting of fields; the deepest useful query (a log's plan's referral's pet's specialist) is 7.</summary>
    public int MaxDepth { get; set; } = 10;

    /// <summary>graphql-dotnet's estimate: a field costs 1, a list multiplies its fields' cost by 10.</summary>
    public int MaxComplexity { get; set; } = 20_000;
}
