using GraphQL.Builders;

namespace VetCrm.Api.GraphQl;

/// <summary>Declares a field as read from its source alone (see <see cref="SourceReader{TSource}"/>).</summary>
public static class SourceReaderExtensions
{
    public static FieldBuilder<TSource, TReturn> ResolveFromSource<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field, Func<TSource, object?> read) =>
        field.Resolve(new SourceReader<TSource>(read));
}
