using Microsoft.OpenApi;
using Scalar.AspNetCore;

namespace VetCrm.Api.OpenApi;

public static class OpenApiExtensions
{
    private const string BearerSchemeName = "Bearer";

    /// <summary>OpenAPI document at /openapi/v1.json with the bearer scheme, so the playground can call protected endpoints.</summary>
    public static IServiceCollection AddVetCrmOpenApi(this IServiceCollection services) => services.AddOpenApi(options =>
    {
        options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info = new OpenApiInfo
            {
                Title = "VetCrm API",
                Version = "v1",
                Description = "Referral-hospital CRM. Log in with POST /api/auth/login, then use the accessToken as a Bearer token. "
                    + "Lists take order, limit (≤ 200), cursor, include and filters named after fields, and answer {items, nextCursor}.",
            };
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
        options.AddSchemaTransformer((schema, context, _) =>
        {
            if (context.JsonTypeInfo.Type == typeof(Common.RecordRef))
            {
                schema.Type = JsonSchemaType.Object;
                schema.Description = "A reference {\"id\": \"…\"}; with include= the full referenced record in its place.";
                schema.Properties = new Dictionary<string, IOpenApiSchema> { ["id"] = new OpenApiSchema { Type = JsonSchemaType.String, Format = "uuid" } };
                schema.Required = new HashSet<string> { "id" };
            }
            return Task.CompletedTask;
        });
        options.AddOperationTransformer((operation, context, _) =>
        {
            // Examples for the calls a newcomer makes first.
            var path = System.Text.RegularExpressions.Regex.Replace(context.Description.RelativePath ?? "", @":[a-z]+(?=\})", "").TrimEnd('/');
            if (operation.RequestBody?.Content?.TryGetValue("application/json", out var body) == true && Examples.TryGetValue(path, out var example))
                body.Example = System.Text.Json.Nodes.JsonNode.Parse(example);
            return Task.CompletedTask;
        });
    });

    private static readonly Dictionary<string, string> Examples = new()
    {
        ["api/auth/login"] = """{"username": "admin", "password": "<password>"}""",
        ["api/auth/signup"] = """{"username": "dr.lee", "email": "lee@hospital.example", "password": "Cardio-2026-lee", "fullName": "Dr. Ana Lee"}""",
        ["api/pets"] = """{"petName": "Biscuit", "species": "canine", "breed": "Labrador Retriever", "dateOfBirth": "2019-04-02", "medicalHistorySummary": "Grade IV/VI left apical murmur, coughing at night.", "ownerName": "Maria Santos", "ownerPhone": "+1 555 0134", "primaryVetClinic": "Riverside Animal Clinic", "assignedSpecialist": {"id": "<specialist user id>"}}""",
        ["api/referrals"] = """{"pet": {"id": "<pet id>"}, "referringClinic": "Riverside Animal Clinic", "referralReason": "Suspected MMVD stage B2; echo requested.", "priority": "urgent"}""",
        ["api/referrals/{id}/status"] = """{"status": "triaged", "reason": "History and radiographs received; cardiology consult next week."}""",
        ["api/treatment-plans"] = """{"planTitle": "MMVD B2 management", "pet": {"id": "<pet id>"}, "referral": {"id": "<referral id>"}, "diagnosisNotes": "Echo: LA:Ao 1.9, LVIDDn 1.8.", "planStatus": "active", "nextReviewDate": "2026-06-01", "medicationNotes": "Pimobendan 0.25 mg/kg PO q12h", "clientInstructions": "Count resting breaths nightly; call if above 40 per minute."}""",
        ["api/interactions"] = """{"pet": {"id": "<pet id>"}, "interactionType": "call", "summary": "Owner reports better sleep, resting breath rate 24.", "followUpNeeded": false}""",
        ["api/users/{id}/role"] = """{"role": "specialist"}""",
    };

    public static WebApplication MapVetCrmOpenApi(this WebApplication app)
    {
        app.MapOpenApi();
        app.MapScalarApiReference(options => options
            .WithTitle("VetCrm API playground")
            .AddPreferredSecuritySchemes(BearerSchemeName));
        return app;
    }
}
