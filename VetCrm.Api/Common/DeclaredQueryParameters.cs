using System.Collections.Concurrent;
using System.Reflection;
using Microsoft.AspNetCore.Http.Metadata;
using VetCrm.Api.Commands;

namespace VetCrm.Api.Common;

/// <summary>
/// Answers 400 naming every query parameter an API route does not declare, so a mistyped filter (<c>?stauts=</c>)
/// is refused instead of answering the unfiltered list. A route's parameters are read once from its handler's
/// signature, with the binding rules of minimal APIs: route values, services and the request itself are not query
/// parameters; an <c>[AsParameters]</c> record contributes its own parameters.
/// </summary>
public sealed class DeclaredQueryParameters(RequestDelegate next)
{
    private static readonly ConcurrentDictionary<RouteEndpoint, IReadOnlySet<string>?> Declared = new();

    public Task InvokeAsync(HttpContext context)
    {
        if (context.GetEndpoint() is RouteEndpoint endpoint && context.Request.Query.Count > 0
            && Declared.GetOrAdd(endpoint, Of) is { } declared)
        {
            var unknown = context.Request.Query.Keys.Where(name => !declared.Contains(name)).ToList();
            if (unknown.Count > 0)
            {
                var errors = new FieldErrors();
                var accepted = declared.Count == 0 ? "this route takes no query parameters." : $"this route takes: {string.Join(", ", declared.Order(StringComparer.Ordinal))}.";
                foreach (var name in unknown) errors.Add(name, $"is not a query parameter of this route; {accepted}");
                return Problems.Validation(errors, $"Unknown query parameter{(unknown.Count > 1 ? "s" : "")}: {string.Join(", ", unknown)}.").ExecuteAsync(context);
            }
        }
        return next(context);
    }

    /// <summary>The query parameters of an API route handler (camelCase, matched case-insensitively, as binding does); null for other endpoints.</summary>
    public static IReadOnlySet<string>? Of(RouteEndpoint endpoint)
    {
        if (endpoint.RoutePattern.RawText?.StartsWith("/api/", StringComparison.Ordinal) != true) return null;
        if (endpoint.Metadata.GetMetadata<MethodInfo>() is not { } handler) return null;
        var routeValues = endpoint.RoutePattern.Parameters.Select(p => p.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var parameter in handler.GetParameters()) Add(parameter, routeValues, names);
        return names;
    }

    private static void Add(ParameterInfo parameter, HashSet<string> routeValues, HashSet<string> names)
    {
        if (parameter.GetCustomAttribute<AsParametersAttribute>() is not null)
        {
            var constructor = parameter.ParameterType.GetConstructors().OrderByDescending(c => c.GetParameters().Length).First();
            foreach (var member in constructor.GetParameters()) Add(member, routeValues, names);
            return;
        }
        var binding = parameter.GetCustomAttributes().OfType<IFromQueryMetadata>().FirstOrDefault();
        if (binding is not null)
        {
            names.Add(binding.Name ?? parameter.Name!);
            return;
        }
        if (parameter.GetCustomAttributes().Any(a => a is IFromRouteMetadata or IFromBodyMetadata or IFromServiceMetadata or IFromHeaderMetadata or IFromFormMetadata or FromKeyedServicesAttribute))
            return;
        if (routeValues.Contains(parameter.Name!) || !IsSimple(parameter.ParameterType)) return;
        names.Add(char.ToLowerInvariant(parameter.Name![0]) + parameter.Name[1..]);
    }

    /// <summary>Types minimal APIs bind from the query string; anything else is a service, the body or the request itself.</summary>
    private static bool IsSimple(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type.IsArray) return IsSimple(type.GetElementType()!);
        return type.IsPrimitive || type.IsEnum || type == typeof(string) || type == typeof(Guid) || type == typeof(decimal)
            || type == typeof(DateTime) || type == typeof(DateTimeOffset) || type == typeof(DateOnly) || type == typeof(TimeOnly)
            || type == typeof(TimeSpan) || type == typeof(Uri);
    }
}
