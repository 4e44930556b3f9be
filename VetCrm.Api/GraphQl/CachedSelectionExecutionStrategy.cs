using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using GraphQL.Execution;
using GraphQL.Types;
using GraphQLParser.AST;
using ExecutionContext = GraphQL.Execution.ExecutionContext;

namespace VetCrm.Api.GraphQl;

/// <summary>
/// The serial strategy, collecting the fields of a selection set once per document and type rather than once per row:
/// graphql-dotnet collects them again for every object it completes, which for a page of 50 rows with a nested record
/// each was a tenth of the request's work. Only plain selection sets are kept (fields without directives, no
/// fragments): what @skip and @include select depends on each request's variables.
/// </summary>
public sealed class CachedSelectionExecutionStrategy : SerialExecutionStrategy
{
    // Keyed by the document's own selection-set node, so that entries go when the document cache lets the document go.
    private readonly ConditionalWeakTable<GraphQLSelectionSet, ConcurrentDictionary<IGraphType, (GraphQLField Field, FieldType Definition)[]>> _collected = [];

    protected override void SetSubFieldNodes(ExecutionContext context, ObjectExecutionNode parent)
    {
        if (parent.SelectionSet is not { } selectionSet || !IsPlain(selectionSet))
        {
            base.SetSubFieldNodes(context, parent);
            return;
        }
        var parentType = parent.GetObjectGraphType(context.Schema) ?? parent.GraphType;
        var fields = _collected.GetOrCreateValue(selectionSet)
            .GetOrAdd(parentType, type => [.. CollectFieldsFrom(context, type, selectionSet, null).Values]);
        var subFields = new ExecutionNode[fields.Length];
        for (var i = 0; i < fields.Length; i++)
            subFields[i] = BuildExecutionNode(parent, fields[i].Definition.ResolvedType!, fields[i].Field, fields[i].Definition);
        parent.SubFields = subFields;
    }

    private static bool IsPlain(GraphQLSelectionSet selectionSet)
    {
        foreach (var selection in selectionSet.Selections)
            if (selection is not GraphQLField { Directives: null or { Count: 0 } }) return false;
        return true;
    }
}
