using System.Text.Json;
using GraphQL;
using GraphQL.Transport;
using GraphQL.Types;
using GraphQLParser.AST;
using VetCrm.Api.Access;
using VetCrm.Api.Common;

namespace VetCrm.Api.GraphQl;

/// <summary>
/// GraphQL over HTTP at <c>/graphql</c>: POST <c>{query, variables, operationName}</c> as JSON, or GET with the same as
/// query parameters (queries only). The bearer token is REST's; anonymous requests get 401 with an UNAUTHENTICATED
/// error. A request that cannot run (malformed, invalid against the schema, too deep or too complex) answers 400 with
/// the errors; one that ran answers 200 with data and any field errors (each with its path and extensions.code).
/// </summary>
public static class GraphQlEndpoint
{
    public const string Path = "/graphql";
    private const string ContentType = "application/json; charset=utf-8";

    public static IEndpointRouteBuilder MapGraphQl(this IEndpointRouteBuilder routes)
    {
        routes.MapPost(Path, PostAsync).ExcludeFromDescription();
        routes.MapGet(Path, GetAsync).ExcludeFromDescription();
        routes.MapGraphQlPlayground();
        return routes;
    }

    private static async Task PostAsync(HttpContext http, IGraphQLTextSerializer serializer)
    {
        if (!http.Request.HasJsonContentType())
        {
            await WriteErrorAsync(http, serializer, StatusCodes.Status415UnsupportedMediaType, "The body must be JSON (Content-Type: application/json).", "UNSUPPORTED_MEDIA_TYPE");
            return;
        }
        GraphQLRequest? request;
        try
        {
            request = await serializer.ReadAsync<GraphQLRequest>(http.Request.Body, http.RequestAborted);
        }
        catch (JsonException exception)
        {
            await WriteErrorAsync(http, serializer, StatusCodes.Status400BadRequest, $"The body is not a GraphQL request: {exception.Message}", "BAD_REQUEST");
            return;
        }
        await ExecuteAsync(http, serializer, request, mutationsAllowed: true);
    }

    private static async Task GetAsync(HttpContext http, IGraphQLTextSerializer serializer)
    {
        var query = http.Request.Query;
        if (!query.ContainsKey("query") && http.Request.Headers.Accept.Any(a => a?.Contains("text/html", StringComparison.OrdinalIgnoreCase) == true))
        {
            await GraphQlPlayground.WritePageAsync(http);
            return;
        }
        Inputs? variables = null;
        if (query["variables"] is [{ Length: > 0 } json])
        {
            try
            {
                variables = serializer.Deserialize<Inputs>(json);
            }
            catch (JsonException exception)
            {
                await WriteErrorAsync(http, serializer, StatusCodes.Status400BadRequest, $"variables is not a JSON object: {exception.Message}", "BAD_REQUEST");
                return;
            }
        }
        var request = new GraphQLRequest { Query = query["query"], OperationName = query["operationName"], Variables = variables };
        await ExecuteAsync(http, serializer, request, mutationsAllowed: false);
    }

    private static async Task ExecuteAsync(HttpContext http, IGraphQLTextSerializer serializer, GraphQLRequest? request, bool mutationsAllowed)
    {
        if (string.IsNullOrWhiteSpace(request?.Query))
        {
            await WriteErrorAsync(http, serializer, StatusCodes.Status400BadRequest, "query is required: the GraphQL document to run.", "BAD_REQUEST");
            return;
        }
        if (StoredText.Problem(request.Query) is { } queryProblem || (queryProblem = StoredTextProblem(request.Variables, "variables")) is not null)
        {
            await WriteErrorAsync(http, serializer, StatusCodes.Status400BadRequest, $"The request has text that cannot be stored: {queryProblem}", "BAD_REQUEST");
            return;
        }
        if (http.Features.Get<Actor>() is not { } actor)
        {
            http.Response.Headers.WWWAuthenticate = "Bearer";
            await WriteErrorAsync(http, serializer, StatusCodes.Status401Unauthorized, "Sign in first: send the bearer token from POST /api/auth/login.", GraphQlResolve.Unauthenticated);
            return;
        }
        if (!mutationsAllowed && IsMutation(request.Query, request.OperationName))
        {
            http.Response.Headers.Allow = "POST";
            await WriteErrorAsync(http, serializer, StatusCodes.Status405MethodNotAllowed, "Mutations are sent with POST.", "METHOD_NOT_ALLOWED");
            return;
        }
        var executer = http.RequestServices.GetRequiredService<IDocumentExecuter<ISchema>>();
        var result = await executer.ExecuteAsync(options =>
        {
            options.Query = request.Query;
            options.Variables = request.Variables;
            options.OperationName = request.OperationName;
            options.Extensions = request.Extensions;
            options.RequestServices = http.RequestServices;
            options.User = http.User;
            options.UserContext = new GraphQlUserContext(actor, http.Request.IsPersonalRead());
            options.CancellationToken = http.RequestAborted;
        });
        http.Response.StatusCode = result.Executed ? StatusCodes.Status200OK : StatusCodes.Status400BadRequest;
        http.Response.ContentType = ContentType;
        await serializer.WriteAsync(http.Response.Body, result, http.RequestAborted);
    }

    /// <summary>Whether the operation to run is a mutation; an unparsable document is left to the executor, which names the problem.</summary>
    private static bool IsMutation(string query, string? operationName)
    {
        try
        {
            var operations = GraphQLParser.Parser.Parse(query).Definitions.OfType<GraphQLOperationDefinition>().ToList();
            var operation = operationName is null ? operations.FirstOrDefault() : operations.FirstOrDefault(o => o.Name?.StringValue == operationName);
            return operation?.Operation == OperationType.Mutation;
        }
        catch (GraphQLParser.Exceptions.GraphQLSyntaxErrorException)
        {
            return false;
        }
    }

    /// <summary>The first string or member name among the variables that PostgreSQL could not store, with its path.</summary>
    private static string? StoredTextProblem(object? value, string path) => value switch
    {
        string text => StoredText.Problem(text) is { } problem ? $"{path} {problem}" : null,
        IEnumerable<KeyValuePair<string, object?>> members => members
            .Select(m => StoredText.Problem(m.Key) is { } problem ? $"a member name in {path} {problem}" : StoredTextProblem(m.Value, $"{path}.{m.Key}"))
            .FirstOrDefault(p => p is not null),
        IEnumerable<object?> items => items.Select((item, i) => StoredTextProblem(item, $"{path}[{i}]")).FirstOrDefault(p => p is not null),
        _ => null,
    };

    private static async Task WriteErrorAsync(HttpContext http, IGraphQLTextSerializer serializer, int status, string message, string code)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = ContentType;
        var result = new ExecutionResult { Errors = [new ExecutionError(message) { Code = code }] };
        await serializer.WriteAsync(http.Response.Body, result, http.RequestAborted);
    }
}
