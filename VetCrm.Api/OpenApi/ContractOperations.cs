using System.Reflection;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.Infrastructure;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace VetCrm.Api.OpenApi;

/// <summary>
/// Completes each operation: an operationId and a description, camelCase query parameters with their value sets, every
/// status code the route can answer (as ProblemDetails), no bearer requirement on anonymous routes, and an example body
/// for the calls a newcomer makes first.
/// </summary>
public sealed partial class ContractOperations : IOpenApiOperationTransformer
{
    private const string ProblemJson = "application/problem+json";

    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var description = context.Description;
        var path = "/" + RouteConstraint().Replace(description.RelativePath ?? "", "").TrimEnd('/');
        var method = description.HttpMethod ?? "GET";
        var metadata = description.ActionDescriptor.EndpointMetadata;
        var authorize = metadata.OfType<IAuthorizeData>().ToList();
        var anonymous = authorize.Count == 0 || metadata.OfType<IAllowAnonymous>().Any();

        operation.OperationId ??= OperationId(method, path);
        operation.Description ??= $"{operation.Summary}. {(anonymous ? "No sign-in needed." : $"Needs a bearer token{Roles(authorize)}.")}";
        if (anonymous) operation.Security = [];

        foreach (var parameter in (operation.Parameters ?? []).OfType<OpenApiParameter>().Where(p => p.In == ParameterLocation.Query))
        {
            var declared = description.ParameterDescriptions.FirstOrDefault(d => string.Equals(d.Name, parameter.Name, StringComparison.OrdinalIgnoreCase));
            parameter.Name = char.ToLowerInvariant(parameter.Name![0]) + parameter.Name[1..];
            var info = (declared?.ParameterDescriptor as IParameterInfoParameterDescriptor)?.ParameterInfo;
            if (info?.GetCustomAttribute<ValueSetAttribute>() is { } valueSet && parameter.Schema is OpenApiSchema schema)
                schema.Enum = [.. valueSet.Values.Select(v => (JsonNode)JsonValue.Create(v))];
        }
        ContractSchemas.NumbersAreNumbers(operation);

        var document = context.Document!;
        if (path.StartsWith("/api/", StringComparison.Ordinal))
        {
            Answer(operation, document, 400, "Invalid request: errors names each bad field or unknown query parameter.", "HttpValidationProblemDetails");
            Answer(operation, document, 503, "The database is out of reach for a moment; retry after the Retry-After seconds.");
        }
        if (!anonymous)
        {
            Answer(operation, document, 401, "No valid bearer token (missing, expired, or ended by logout).");
            if (authorize.Any(a => a.Policy is not null || a.Roles is not null))
                Answer(operation, document, 403, "The caller's role may not do this (a user without a role may do nothing clinical).");
        }
        if (path.Contains('{')) Answer(operation, document, 404, "No such record within the caller's reach.");
        if (metadata.OfType<StatusChangeBody>().FirstOrDefault() is { } statusChange && operation.RequestBody?.Content?.TryGetValue("application/json", out var move) == true)
            move.Schema = new OpenApiSchemaReference(statusChange.SchemaName, document);
        if (operation.RequestBody is not null)
        {
            Answer(operation, document, 413, "The body is over the size limit (256 KB).");
            Answer(operation, document, 415, "The body is not JSON (Content-Type: application/json).");
            if (operation.RequestBody.Content?.TryGetValue("application/json", out var body) == true && Examples.TryGetValue(path, out var example))
                body.Example = JsonNode.Parse(example);
        }
        return Task.CompletedTask;
    }

    /// <summary>From method and path, stable and unique: <c>GET /api/pets/{id}/status-history</c> → <c>getPetsByIdStatusHistory</c>.</summary>
    public static string OperationId(string method, string path)
    {
        var words = path.Split('/', StringSplitOptions.RemoveEmptyEntries).Skip(1)
            .Select(segment => segment.StartsWith('{') ? "By" + Pascal(segment.Trim('{', '}')) : string.Concat(segment.Split('-').Select(Pascal)));
        return method.ToLowerInvariant() + string.Concat(words);
    }

    private static string Pascal(string word) => word.Length == 0 ? word : char.ToUpperInvariant(word[0]) + word[1..];

    private static string Roles(IEnumerable<IAuthorizeData> authorize) =>
        authorize.Select(a => a.Policy ?? a.Roles).FirstOrDefault(p => p is not null) is { } policy ? $" (policy {policy})" : "";

    private static void Answer(OpenApiOperation operation, OpenApiDocument document, int status, string description, string schema = "ProblemDetails")
    {
        operation.Responses ??= [];
        var code = status.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (operation.Responses.ContainsKey(code)) return;
        operation.Responses[code] = new OpenApiResponse
        {
            Description = description,
            Content = new Dictionary<string, OpenApiMediaType> { [ProblemJson] = new() { Schema = new OpenApiSchemaReference(schema, document) } },
        };
    }

    [GeneratedRegex(@":[a-z]+(?=\})")]
    private static partial Regex RouteConstraint();

    private static readonly Dictionary<string, string> Examples = new()
    {
        ["/api/auth/login"] = """{"username": "admin", "password": "<password>"}""",
        ["/api/auth/signup"] = """{"username": "dr.lee", "email": "lee@hospital.example", "password": "Cardio-2026-lee", "fullName": "Dr. Ana Lee"}""",
        ["/api/pets"] = """{"petName": "Biscuit", "species": "canine", "breed": "Labrador Retriever", "dateOfBirth": "2019-04-02", "medicalHistorySummary": "Grade IV/VI left apical murmur, coughing at night.", "ownerName": "Maria Santos", "ownerPhone": "+1 555 0134", "primaryVetClinic": "Riverside Animal Clinic", "assignedSpecialist": {"id": "0197c0de-5b1a-7c3e-9a41-2f6d8e0b7a11"}}""",
        ["/api/referrals"] = """{"pet": {"id": "0197c0de-6c2b-7d4f-8b52-3a7e9f1c8b22"}, "referringClinic": "Riverside Animal Clinic", "referralReason": "Suspected MMVD stage B2; echo requested.", "priority": "urgent"}""",
        ["/api/referrals/{id}/status"] = """{"status": "triaged", "reason": "History and radiographs received; cardiology consult next week.", "version": 1}""",
        ["/api/treatment-plans"] = """{"planTitle": "MMVD B2 management", "pet": {"id": "0197c0de-6c2b-7d4f-8b52-3a7e9f1c8b22"}, "referral": {"id": "0197c0de-7d3c-7e5a-9c63-4b8fa02d9c33"}, "diagnosisNotes": "Echo: LA:Ao 1.9, LVIDDn 1.8.", "planStatus": "active", "nextReviewDate": "2026-06-01", "medicationNotes": "Pimobendan 0.25 mg/kg PO q12h", "clientInstructions": "Count resting breaths nightly; call if above 40 per minute."}""",
        ["/api/interactions"] = """{"pet": {"id": "0197c0de-6c2b-7d4f-8b52-3a7e9f1c8b22"}, "interactionType": "call", "summary": "Owner reports better sleep, resting breath rate 24.", "followUpNeeded": false}""",
        ["/api/users/{id}/role"] = """{"role": "specialist"}""",
    };
}
