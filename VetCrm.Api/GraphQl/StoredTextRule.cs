using GraphQL.Validation;
using GraphQLParser.AST;
using VetCrm.Api.Common;

namespace VetCrm.Api.GraphQl;

/// <summary>
/// Refuses, before it runs, a document whose string literals hold text PostgreSQL cannot store or compare (see
/// <see cref="StoredText"/>): what REST's query check does for query strings. Variables are checked by the endpoint.
/// </summary>
public sealed class StoredTextRule : IValidationRule
{
    private static readonly INodeVisitor Visitor = new MatchingNodeVisitor<GraphQLStringValue>((node, context) =>
    {
        if (StoredText.Problem(node.Value.ToString()) is { } problem)
            context.ReportError(new ValidationError(context.Document.Source, "STORED_TEXT", $"A string value {problem}", node));
    }, null);

    public ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context) => new(Visitor);

    public ValueTask<IVariableVisitor?> GetVariableVisitorAsync(ValidationContext context) => default;

    public ValueTask<INodeVisitor?> GetPostNodeVisitorAsync(ValidationContext context) => default;
}
