using GraphQL.Types;
using GraphQLParser.AST;

namespace VetCrm.Api.GraphQl;

/// <summary>
/// The ID scalar, refusing what is not a UUID while the request is validated: an id argument or member such as
/// <c>"x"</c> or <c>5</c> answers 400 naming the argument or variable, as every id here is a UUID, rather than failing
/// in the resolver. Values that pass are handed on as given.
/// </summary>
public sealed class UuidIdGraphType : IdGraphType
{
    public UuidIdGraphType() => Name = "ID";

    public override object? ParseLiteral(GraphQLValue value) => value switch
    {
        GraphQLNullValue => null,
        GraphQLStringValue text => Checked((string)text.Value),
        _ => ThrowLiteralConversionError(value, "an id is a UUID in a string, e.g. \"01936f3e-8c7b-7a51-9c1e-3f2a4b5c6d7e\""),
    };

    public override bool CanParseLiteral(GraphQLValue value) => value switch
    {
        GraphQLNullValue => true,
        GraphQLStringValue text => Guid.TryParse(text.Value.Span, out _),
        _ => false,
    };

    public override object? ParseValue(object? value) => value switch
    {
        null => null,
        string text => Checked(text),
        _ => ThrowValueConversionError(value),
    };

    public override bool CanParseValue(object? value) => value is null || value is string text && Guid.TryParse(text, out _);

    private static string Checked(string text) => Guid.TryParse(text, out _) ? text
        : throw new FormatException($"'{(text.Length > 40 ? text[..40] + "…" : text)}' is not an id: ids are UUIDs, e.g. \"01936f3e-8c7b-7a51-9c1e-3f2a4b5c6d7e\".");
}
