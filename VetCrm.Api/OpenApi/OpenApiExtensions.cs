using Microsoft.OpenApi;
using Scalar.AspNetCore;
using VetCrm.Api.History;
using VetCrm.Data.Records;

namespace VetCrm.Api.OpenApi;

public static class OpenApiExtensions
{
    private const string BearerSchemeName = "Bearer";

    /// <summary>
    /// OpenAPI document at /openapi/v1.json: the bearer scheme (so the playground can call protected endpoints), and the
    /// contract made exact by <see cref="ContractOperations"/> and <see cref="ContractSchemas"/>.
    /// </summary>
    public static IServiceCollection AddVetCrmOpenApi(this IServiceCollection services) => services.AddOpenApi(options =>
    {
        // A reference is written {"id"} by its converter, which the schema exporter cannot see through.
        options.AddSchemaTransformer((schema, context, _) =>
        {
            if (context.JsonTypeInfo.Type == typeof(Common.RecordRef))
            {
                schema.Type = JsonSchemaType.Object;
                schema.Description = "A reference to another record: {\"id\": \"…\"}.";
                schema.Properties = new Dictionary<string, IOpenApiSchema> { ["id"] = new OpenApiSchema { Type = JsonSchemaType.String, Format = "uuid" } };
                schema.Required = new HashSet<string> { "id" };
            }
            return Task.CompletedTask;
        });
        options.AddOperationTransformer<ContractOperations>();
        options.AddDocumentTransformer<ContractSchemas>();
        options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info = new OpenApiInfo
            {
                Title = "VetCrm API",
                Version = "v1",
                Description = "Referral-hospital CRM. Log in with POST /api/auth/login, then use the accessToken as a Bearer token. "
                    + "Lists take order, limit (≤ 200), cursor, include and filters named after fields, and answer {items, nextCursor}; "
                    + "an unknown query parameter is refused (400). Dates are yyyy-MM-dd (an ISO 8601 date-time with an offset is "
                    + "accepted: its date in UTC); instants are ISO 8601. Errors are ProblemDetails naming each bad field in errors.",
                Contact = new OpenApiContact { Name = "VetCrm integrations", Email = "integrations@vetcrm.example" },
            };
            foreach (var server in document.Servers ?? []) server.Url = server.Url?.TrimEnd('/');
            document.Components ??= new OpenApiComponents();
            document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
            document.Components.SecuritySchemes[BearerSchemeName] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "bearer",
                Description = "The accessToken from POST /api/auth/login.",
            };
            document.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(BearerSchemeName, document)] = [] }];
            return Task.CompletedTask;
        });
    });

    /// <summary>A status route of <paramref name="type"/>: it reads a <see cref="StatusChangeRequest"/>, documented with that record type's statuses.</summary>
    public static RouteHandlerBuilder AcceptsStatusChange(this RouteHandlerBuilder route, RecordType type) =>
        route.Accepts<StatusChangeRequest>("application/json").WithMetadata(new StatusChangeBody(type));

    public static WebApplication MapVetCrmOpenApi(this WebApplication app)
    {
        app.MapOpenApi();
        app.MapScalarApiReference(options => options
            .WithTitle("VetCrm API playground")
            .AddPreferredSecuritySchemes(BearerSchemeName));
        return app;
    }
}
