using GraphQL;
using VetCrm.Api.Commands;

namespace VetCrm.Api.GraphQl;

/// <summary>
/// A command's or query's refusal as a GraphQL error on the field that asked: <c>extensions.code</c> is NOT_FOUND,
/// FORBIDDEN, CONFLICT or BAD_USER_INPUT (the REST 404, 403, 409 and 400), and <c>extensions.fieldErrors</c> names the fields.
/// </summary>
public sealed class GraphQlRefusal(Refusal refusal) : ExecutionError(MessageOf(refusal))
{
    public FieldErrors? FieldErrors => refusal.Errors;

    public RefusalKind Kind => refusal.Kind;

    public IReadOnlyDictionary<string, object?>? ProblemExtensions => refusal.Extensions;

    public static string CodeOf(RefusalKind kind) => kind switch
    {
        RefusalKind.NotFound => "NOT_FOUND",
        RefusalKind.Forbidden => "FORBIDDEN",
        RefusalKind.Conflict => "CONFLICT",
        _ => "BAD_USER_INPUT",
    };

    private static string MessageOf(Refusal refusal) => refusal.Errors is { Any: true } errors
        ? string.Join(" ", errors.ToDictionary().SelectMany(e => e.Value.Select(message => $"{e.Key}: {message}")))
        : refusal.Detail;
}
