using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using GraphQL.Execution;
using GraphQL.Types;
using GraphQLParser.AST;
using ExecutionContext = GraphQL.Execution.ExecutionContext;

namespace VetCrm.Api.GraphQl;

/// <summary>
/// The serial strategy, with two savings for pages of rows. A selection set's fields are collected once per document and
/// type rather than once per row (graphql-dotnet collects them again for every object it completes). And a row's leaf
/// fields that read the row alone (<see cref="SelectionPlan"/>) are read and serialized with the row, without an execution
/// node, a resolve context and an await each: for a page of 50 referrals with their pet and receiver that was 1,500 nodes.
/// Only plain selection sets take either path (fields without directives, no fragments): what @skip and @include select
/// depends on each request's variables.
/// </summary>
public sealed class CachedSelectionExecutionStrategy : SerialExecutionStrategy
{
    // Keyed by the document's own selection-set node, so that entries go when the document cache lets the document go.
    private readonly ConditionalWeakTable<GraphQLSelectionSet, ConcurrentDictionary<IGraphType, SelectionPlan>> _plans = [];

    protected override ExecutionNode BuildExecutionNode(ExecutionNode parent, IGraphType graphType, GraphQLField field, FieldType fieldDefinition, int? indexInParentNode)
    {
        var type = graphType is NonNullGraphType nonNull ? nonNull.ResolvedType! : graphType;
        return type is IObjectGraphType
            ? new PrefilledObjectNode(parent, type, field, fieldDefinition, indexInParentNode)
            : base.BuildExecutionNode(parent, graphType, field, fieldDefinition, indexInParentNode);
    }

    protected override void SetSubFieldNodes(ExecutionContext context, ObjectExecutionNode parent)
    {
        if (parent.SelectionSet is not { } selectionSet || !IsPlain(selectionSet))
        {
            base.SetSubFieldNodes(context, parent);
            return;
        }
        var parentType = parent.GetObjectGraphType(context.Schema) ?? parent.GraphType;
        var plan = _plans.GetOrCreateValue(selectionSet).GetOrAdd(parentType, type => SelectionPlan.For(CollectFieldsFrom(context, type, selectionSet, null)));
        if (parent is PrefilledObjectNode row && plan.HasLeaves && parent.Result is { } source && plan.ReadLeaves(source) is { } leaves)
            row.Prefill(plan, leaves, NodesFor(parent, plan.Children));
        else
            parent.SubFields = NodesFor(parent, plan.Fields);
    }

    private ExecutionNode[] NodesFor(ObjectExecutionNode parent, SelectedField[] fields)
    {
        var nodes = new ExecutionNode[fields.Length];
        for (var i = 0; i < fields.Length; i++)
            nodes[i] = BuildExecutionNode(parent, fields[i].Definition.ResolvedType!, fields[i].Field, fields[i].Definition, null);
        return nodes;
    }

    private static bool IsPlain(GraphQLSelectionSet selectionSet)
    {
        foreach (var selection in selectionSet.Selections)
            if (selection is not GraphQLField { Directives: null or { Count: 0 } }) return false;
        return true;
    }
}
