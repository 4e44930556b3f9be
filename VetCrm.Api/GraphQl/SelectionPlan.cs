using GraphQL;
using GraphQL.Types;
using GraphQLParser.AST;

namespace VetCrm.Api.GraphQl;

/// <summary>
/// The fields a plain selection set collects for one object type, in response order, and for each field whose value is
/// read from the row alone (a scalar, or a list of scalars, with a source-only resolver) how to read and serialize it.
/// </summary>
public sealed class SelectionPlan
{
    private SelectionPlan(SelectedField[] fields)
    {
        Fields = fields;
        Children = [.. fields.Where(f => f.Reader is null)];
        HasLeaves = Children.Length < fields.Length;
    }

    public SelectedField[] Fields { get; }

    /// <summary>The fields that still need an execution node of their own: objects, and anything resolved otherwise.</summary>
    public SelectedField[] Children { get; }

    public bool HasLeaves { get; }

    public static SelectionPlan For(Dictionary<string, (GraphQLField Field, FieldType Definition)> collected) =>
        new([.. collected.Select(f => new SelectedField(f.Key, f.Value.Field, f.Value.Definition, LeafReader.For(f.Value.Definition)))]);

    /// <summary>
    /// The serialized values of the row's leaf fields, aligned with <see cref="Fields"/>; null when any of them would need
    /// the library's own handling (a null in a non-null field, a value that does not serialize, a failure), so that the row
    /// goes the ordinary way and the error is reported as it always is.
    /// </summary>
    public object?[]? ReadLeaves(object source)
    {
        // One context per thread, used only within this synchronous loop: the readers look at its source alone.
        var context = t_context ??= new ResolveFieldContext();
        context.Source = source;
        try
        {
            var values = new object?[Fields.Length];
            for (var i = 0; i < Fields.Length; i++)
                if (Fields[i].Reader is { } reader && !reader.TryRead(context, out values[i])) return null;
            return values;
        }
        finally
        {
            context.Source = null;
        }
    }

    [ThreadStatic] private static ResolveFieldContext? t_context;
}
