using GraphQL.Execution;
using GraphQL.Types;
using GraphQLParser.AST;

namespace VetCrm.Api.GraphQl;

/// <summary>
/// An object's execution node whose leaf fields were read and serialized with the row (<see cref="SelectionPlan"/>):
/// only its other fields get nodes of their own, in <see cref="ObjectExecutionNode.SubFields"/>, in response order.
/// </summary>
public sealed class PrefilledObjectNode(ExecutionNode parent, IGraphType graphType, GraphQLField field, FieldType fieldDefinition, int? indexInParentNode)
    : ObjectExecutionNode(parent, graphType, field, fieldDefinition, indexInParentNode)
{
    public SelectionPlan? Plan { get; private set; }

    public object?[]? Leaves { get; private set; }

    public void Prefill(SelectionPlan plan, object?[] leaves, ExecutionNode[] children)
    {
        (Plan, Leaves, SubFields) = (plan, leaves, children);
    }

    public override object? ToValue()
    {
        if (Plan is not { } plan || Leaves is not { } leaves || SubFields is not { } children) return base.ToValue();
        var values = new Dictionary<string, object?>(plan.Fields.Length);
        var next = 0;
        for (var i = 0; i < plan.Fields.Length; i++)
            values.Add(plan.Fields[i].ResponseName, plan.Fields[i].Reader is null ? children[next++].ToValue() : leaves[i]);
        return values;
    }
}
