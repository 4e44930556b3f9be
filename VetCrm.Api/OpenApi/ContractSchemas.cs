using System.ComponentModel.DataAnnotations;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using VetCrm.Api.Commands;
using VetCrm.Api.History;

namespace VetCrm.Api.OpenApi;

/// <summary>
/// Makes the generated schemas say what the API does, from the annotations on the request and view records:
/// request bodies require only what the command requires (<c>[Required]</c>) and never accept null there; a patch
/// field (<c>Optional&lt;T&gt;</c>) is described as its value; lengths, value sets, members some answers leave out,
/// included records (<c>PetViewOrRef</c>: the pet, of which only <c>id</c> is sure) and hand-built JSON get their schema;
/// numbers are numbers.
/// </summary>
public sealed class ContractSchemas : IOpenApiDocumentTransformer
{
    private const string OptionalPrefix = "OptionalOf";
    private const string OrRefSuffix = "OrRef";

    /// <summary>The API's own JSON rules (camelCase, web defaults), with reflection, to read member names and attributes.</summary>
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { TypeInfoResolver = new DefaultJsonTypeInfoResolver() };

    public async Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        if (document.Components?.Schemas is not { } schemas) return;
        foreach (var shape in RecordTypes().SelectMany(DocumentedShapes).Distinct())
        {
            if (!schemas.ContainsKey(shape.Name)) document.AddComponent(shape.Name, await context.GetOrCreateSchemaAsync(shape, null, cancellationToken));
        }
        var records = RecordTypes().Where(t => schemas.ContainsKey(t.Name)).ToList();
        var included = new HashSet<Type>();
        foreach (var type in records)
        {
            if (schemas[type.Name] is OpenApiSchema schema) Describe(document, type, schema, included);
        }
        StatusChangeBodies(document, context);
        foreach (var view in included)
        {
            if (schemas[view.Name] is not OpenApiSchema full) continue;
            var reference = (OpenApiSchema)full.CreateShallowCopy();
            reference.Required = new HashSet<string> { "id" };
            reference.Description = $"A reference to a {view.Name[..^"View".Length]}: only its id, or with include= naming it the whole record ({view.Name}).";
            document.AddComponent(view.Name + OrRefSuffix, reference);
        }
        foreach (var name in schemas.Keys.Where(n => n.StartsWith(OptionalPrefix, StringComparison.Ordinal) || n is "JsonObject" or "JsonNode" or "JsonDocument").ToList())
        {
            if (name.StartsWith(OptionalPrefix, StringComparison.Ordinal) || !IsReferenced(document, name)) schemas.Remove(name);
        }
        // Kept JSON (audit metadata) is always an object: as an untyped schema it would hold null too, so both branches of its nullable oneOf would.
        if (schemas.TryGetValue("JsonDocument", out var kept) && kept is OpenApiSchema json) json.Type = JsonSchemaType.Object;
        // Every 400 names what is wrong (a field, a parameter, or the body as a whole), so a client may rely on errors.
        if (schemas.TryGetValue("HttpValidationProblemDetails", out var validation) && validation is OpenApiSchema invalid) invalid.Required = new HashSet<string> { "errors" };
        foreach (var schema in schemas.Values) NumbersAreNumbers(schema);
    }

    private static IEnumerable<Type> RecordTypes() =>
        typeof(ContractSchemas).Assembly.GetTypes().Where(t => t is { IsClass: true, IsAbstract: false, IsGenericType: false } && t.Namespace?.StartsWith("VetCrm.Api", StringComparison.Ordinal) == true
            && t.GetMethod("<Clone>$") is not null);

    private static IEnumerable<Type> DocumentedShapes(Type type) =>
        type.GetProperties().Select(p => p.GetCustomAttribute<DocumentedAsAttribute>()?.Shape).OfType<Type>();

    private static void Describe(OpenApiDocument document, Type type, OpenApiSchema schema, HashSet<Type> included)
    {
        if (schema.Properties is null) return;
        var isRequest = type.Name.EndsWith("Request", StringComparison.Ordinal);
        var required = new HashSet<string>(schema.Required ?? new HashSet<string>());
        foreach (var member in Json.GetTypeInfo(type).Properties)
        {
            if (!schema.Properties.TryGetValue(member.Name, out var property) || member.AttributeProvider is not PropertyInfo clr) continue;
            var isPatchField = member.PropertyType.IsGenericType && member.PropertyType.GetGenericTypeDefinition() == typeof(Optional<>);
            if (isPatchField) property = ValueOf(document, property);
            if (clr.GetCustomAttribute<DocumentedAsAttribute>() is { } documented) property = new OpenApiSchemaReference(documented.Shape.Name, document);
            if (clr.GetCustomAttribute<IncludedAsAttribute>() is { } includedAs)
            {
                included.Add(includedAs.View);
                var reference = new OpenApiSchemaReference(includedAs.View.Name + OrRefSuffix, document);
                property = IsNullable(property) ? new OpenApiSchema { OneOf = [new OpenApiSchema { Type = JsonSchemaType.Null }, reference] } : reference;
            }
            if (clr.GetCustomAttribute<MaxLengthAttribute>() is { } maxLength && property is OpenApiSchema text) text.MaxLength = maxLength.Length;
            if (clr.GetCustomAttribute<ValueSetAttribute>() is { } valueSet) property = WithValues(property, valueSet.Values);

            var mustHaveValue = clr.GetCustomAttribute<RequiredAttribute>() is not null;
            var absentWhenNull = clr.GetCustomAttribute<JsonIgnoreAttribute>()?.Condition == JsonIgnoreCondition.WhenWritingNull;
            var mayBeAbsent = clr.GetCustomAttribute<MayBeAbsentAttribute>();
            if (mustHaveValue || absentWhenNull) property = NotNull(property);
            if (isRequest ? mustHaveValue && !isPatchField : !absentWhenNull && mayBeAbsent is null) required.Add(member.Name);
            else required.Remove(member.Name);
            if (mayBeAbsent is not null && property is OpenApiSchema described) described.Description = mayBeAbsent.When;
            schema.Properties[member.Name] = property;
        }
        schema.Required = required;
    }

    /// <summary>
    /// One body schema per record type with a status route (see <see cref="StatusChangeBody"/>): the shared request's
    /// described schema with status as the record type's enum. The shared schema itself then describes no route.
    /// </summary>
    private static void StatusChangeBodies(OpenApiDocument document, OpenApiDocumentTransformerContext context)
    {
        var schemas = document.Components!.Schemas!;
        if (!schemas.TryGetValue(nameof(StatusChangeRequest), out var shared) || shared is not OpenApiSchema { Properties: { } properties }) return;
        var bodies = context.DescriptionGroups.SelectMany(g => g.Items).SelectMany(d => d.ActionDescriptor.EndpointMetadata.OfType<StatusChangeBody>());
        foreach (var body in bodies.DistinctBy(b => b.SchemaName))
        {
            var schema = (OpenApiSchema)shared.CreateShallowCopy();
            schema.Properties = new Dictionary<string, IOpenApiSchema>(properties) { ["status"] = WithValues(properties["status"].CreateShallowCopy(), body.Statuses) };
            schema.Description = $"A move of a {body.Type.Name} to another of its statuses, with why and the version it was decided on.";
            document.AddComponent(body.SchemaName, schema);
        }
        schemas.Remove(nameof(StatusChangeRequest));
    }

    /// <summary>A patch field's schema is the schema of its value (the generated <c>OptionalOfX</c> has hasValue/value members).</summary>
    private static IOpenApiSchema ValueOf(OpenApiDocument document, IOpenApiSchema optional) =>
        optional is OpenApiSchemaReference { Reference.Id: { } id } && document.Components!.Schemas!.TryGetValue(id, out var wrapper)
            && wrapper.Properties?.TryGetValue("value", out var value) == true
            ? value.CreateShallowCopy()
            : optional;

    private static bool IsNullable(IOpenApiSchema schema) =>
        schema.Type?.HasFlag(JsonSchemaType.Null) == true || schema.OneOf?.Any(s => s.Type == JsonSchemaType.Null) == true;

    private static IOpenApiSchema NotNull(IOpenApiSchema schema)
    {
        if (schema.OneOf is { Count: > 0 } choices && choices.Where(s => s.Type != JsonSchemaType.Null).ToList() is [var single])
            return single;
        if (schema is OpenApiSchema inline && inline.Type is { } type) inline.Type = type & ~JsonSchemaType.Null;
        return schema;
    }

    /// <summary>An enum of the value set on the string (or on an array's items); a nullable one as null-or-enum.</summary>
    private static IOpenApiSchema WithValues(IOpenApiSchema schema, IReadOnlyList<string> values)
    {
        if (schema is not OpenApiSchema inline) return schema;
        if (inline.Type?.HasFlag(JsonSchemaType.Array) == true && inline.Items is OpenApiSchema items)
        {
            items.Enum = [.. values.Select(v => (JsonNode)JsonValue.Create(v))];
            return schema;
        }
        var choice = new OpenApiSchema { Type = JsonSchemaType.String, Enum = [.. values.Select(v => (JsonNode)JsonValue.Create(v))], Description = inline.Description };
        return IsNullable(inline) ? new OpenApiSchema { OneOf = [new OpenApiSchema { Type = JsonSchemaType.Null }, choice] } : choice;
    }

    /// <summary>The web JSON defaults also read numbers written as strings; the contract is numbers, as the API writes them.</summary>
    private static void NumbersAreNumbers(IOpenApiSchema? schema)
    {
        if (schema is not OpenApiSchema inline) return;
        if (inline.Type is { } type && (type.HasFlag(JsonSchemaType.Integer) || type.HasFlag(JsonSchemaType.Number)) && type.HasFlag(JsonSchemaType.String))
        {
            inline.Type = type & ~JsonSchemaType.String;
            inline.Pattern = null;
        }
        foreach (var property in inline.Properties?.Values ?? []) NumbersAreNumbers(property);
        foreach (var choice in (inline.OneOf ?? []).Concat(inline.AnyOf ?? []).Concat(inline.AllOf ?? [])) NumbersAreNumbers(choice);
        NumbersAreNumbers(inline.Items);
        NumbersAreNumbers(inline.AdditionalProperties);
    }

    public static void NumbersAreNumbers(OpenApiOperation operation)
    {
        foreach (var parameter in operation.Parameters ?? []) NumbersAreNumbers(parameter.Schema);
    }

    private static bool IsReferenced(OpenApiDocument document, string name) =>
        document.Components!.Schemas!.Values.Any(s => References(s, name, 0));

    private static bool References(IOpenApiSchema? schema, string name, int depth) => depth < 8 && schema switch
    {
        null => false,
        OpenApiSchemaReference reference => reference.Reference.Id == name,
        _ => (schema.Properties?.Values ?? []).Concat(schema.OneOf ?? []).Concat(schema.AnyOf ?? []).Concat(schema.AllOf ?? [])
            .Append(schema.Items).Append(schema.AdditionalProperties).Any(s => References(s, name, depth + 1)),
    };
}
