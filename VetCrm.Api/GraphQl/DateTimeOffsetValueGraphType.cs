using GraphQL.Types;

namespace VetCrm.Api.GraphQl;

/// <summary>
/// The DateTimeOffset scalar, handing the value itself to the result writer, which writes it in the same ISO 8601 form
/// as REST: the library's own formats each one through a custom pattern first, a twentieth of a page's work.
/// </summary>
public sealed class DateTimeOffsetValueGraphType : DateTimeOffsetGraphType
{
    public DateTimeOffsetValueGraphType() => Name = "DateTimeOffset";

    public override object? Serialize(object? value) => value is DateTimeOffset moment ? moment : base.Serialize(value);
}
