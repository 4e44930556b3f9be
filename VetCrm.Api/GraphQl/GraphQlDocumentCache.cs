using GraphQL;
using GraphQL.DI;
using GraphQLParser.AST;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace VetCrm.Api.GraphQl;

/// <summary>
/// Parsed and validated documents by their text and operation name, so that a client sending the same query again skips
/// parsing and validation (a screen sends the same few queries over and over). Only documents that passed every rule are
/// kept. The rules depend on the document and the operation alone (the depth and complexity limits read no argument
/// values: no field takes first or last), so a cached one needs none again; variables are still coerced every time.
/// graphql-dotnet's own cache of this kind ships separately (GraphQL.MemoryCache), a package our feed does not serve.
/// </summary>
public sealed class GraphQlDocumentCache(IOptions<GraphQlOptions> options) : IConfigureExecution, IDisposable
{
    private readonly MemoryCache _documents = new(new MemoryCacheOptions { SizeLimit = options.Value.DocumentCacheSize });

    /// <summary>After option configuration (100), as graphql-dotnet's own document cache runs.</summary>
    public float SortOrder => 200;

    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions execution, ExecutionDelegate next)
    {
        if (execution.Document is not null || execution.Query is not { } query) return await next(execution);
        var key = (query, execution.OperationName);
        if (_documents.TryGetValue<GraphQLDocument>(key, out var cached))
        {
            execution.Document = cached;
            execution.ValidationRules = execution.CachedDocumentValidationRules ?? [];
            return await next(execution);
        }
        var result = await next(execution);
        if (result.Executed && result.Document is { } parsed)
            _documents.Set(key, parsed, new MemoryCacheEntryOptions { Size = query.Length });
        return result;
    }

    public void Dispose() => _documents.Dispose();
}
