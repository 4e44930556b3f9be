using GraphQL;
using GraphQL.Execution;
using GraphQL.Validation.Errors.Custom;
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
        builder.Services.AddTransient(typeof(WorkflowStatusGraphType<>));
        builder.Services.AddTransient(typeof(StatusChangeInputGraphType<>));
        builder.Services.AddGraphQL(graphQl => graphQl
            .AddSchema<VetCrmSchema>()
            .AddGraphTypes(typeof(VetCrmSchema).Assembly)
            // Ahead of the library's converter for results, which the serializer would otherwise pick.
            .AddSystemTextJson(json => json.Converters.Insert(0, new GraphQlResultConverter()))
            .AddErrorInfoProvider<GraphQlErrorInfoProvider>()
            .ConfigureExecution<GraphQlDocumentCache>()
            .AddValidationRule<StoredTextRule>()
            // One DbContext per request: fields resolve one after another (batch loaders still load a level at once).
            .AddExecutionStrategy<CachedSelectionExecutionStrategy>(OperationType.Query)
            .AddComplexityAnalyzer((complexity, services) =>
            {
                var limits = services.GetRequiredService<Microsoft.Extensions.Options.IOptions<GraphQlOptions>>().Value;
                complexity.MaxComplexity = limits.MaxComplexity;
                // Depth is checked here rather than with MaxDepth, so that introspection gets its own limit; introspection's
                // cost follows the schema's size, not the data's, so only its depth is bounded (a client's standard query scores ~700k).
                complexity.ValidateComplexityDelegate = context =>
                {
                    var introspection = IsIntrospection(context.ValidationContext.Operation);
                    if (introspection) context.Error = null;
                    var limit = introspection ? limits.MaxIntrospectionDepth : limits.MaxDepth;
                    if (context.MaxDepth > limit)
                        context.Error = new ComplexityError($"The query is too nested to execute: depth {context.MaxDepth}, at most {limit} allowed.");
                    return Task.CompletedTask;
                };
            }));
        return builder;
    }

    private static bool IsIntrospection(GraphQLOperationDefinition operation) =>
        operation.SelectionSet.Selections.All(s => s is GraphQLField field && field.Name.StringValue.StartsWith("__", StringComparison.Ordinal));
}
