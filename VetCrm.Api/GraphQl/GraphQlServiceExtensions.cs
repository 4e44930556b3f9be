using GraphQL;
using GraphQL.Execution;
using GraphQLParser.AST;

namespace VetCrm.Api.GraphQl;

public static class GraphQlServiceExtensions
{
    /// <summary>The schema, its types, System.Text.Json, error codes, depth and complexity limits, and per-request batch loaders.</summary>
    public static IHostApplicationBuilder AddVetCrmGraphQl(this IHostApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection(GraphQlOptions.Section);
        builder.Services.AddOptions<GraphQlOptions>().Bind(section);
        builder.Services.AddScoped<RecordBatches>();
        builder.Services.AddTransient(typeof(PageGraphType<,>));
        builder.Services.AddGraphQL(graphQl => graphQl
            .AddSchema<VetCrmSchema>()
            .AddGraphTypes(typeof(VetCrmSchema).Assembly)
            .AddSystemTextJson()
            .AddErrorInfoProvider<GraphQlErrorInfoProvider>()
            // One DbContext per request: fields resolve one after another (batch loaders still load a level at once).
            .AddExecutionStrategy<SerialExecutionStrategy>(OperationType.Query)
            .AddComplexityAnalyzer((complexity, services) =>
            {
                var limits = services.GetRequiredService<Microsoft.Extensions.Options.IOptions<GraphQlOptions>>().Value;
                complexity.MaxDepth = limits.MaxDepth;
                complexity.MaxComplexity = limits.MaxComplexity;
            }));
        return builder;
    }
}
