using System.Linq.Expressions;
using System.Reflection;

namespace VetCrm.Api.Common;

/// <summary>
/// Lets one record's projection reuse another's inside a single EF query (for <c>include=</c>): write
/// <c>PetView.Projection.Inline(r.Pet!)</c> in a projection, then call <see cref="Expand{T}"/> to splice the
/// inner lambda in, so EF sees plain member accesses and builds one SQL statement with joins.
/// </summary>
public static class Projections
{
    public static TOut Inline<TIn, TOut>(this Expression<Func<TIn, TOut>> projection, TIn argument) =>
        throw new InvalidOperationException("Inline is only meaningful inside a projection passed through Expand.");

    public static Expression<T> Expand<T>(this Expression<T> projection) => (Expression<T>)new Expander().Visit(projection);

    private sealed class Expander : ExpressionVisitor
    {
        protected override Expression VisitMethodCall(MethodCallExpression node)
        {
            if (!node.Method.IsGenericMethod || node.Method.GetGenericMethodDefinition() != InlineMethod) return base.VisitMethodCall(node);
            var inner = (LambdaExpression)Evaluate(node.Arguments[0]);
            var argument = Visit(node.Arguments[1]);
            return Visit(new Replace(inner.Parameters[0], argument).Visit(inner.Body));
        }

        private static object Evaluate(Expression expression) => expression switch
        {
            MemberExpression { Member: FieldInfo field, Expression: null } => field.GetValue(null)!,
            _ => Expression.Lambda<Func<object>>(Expression.Convert(expression, typeof(object))).Compile()(),
        };
    }

    /// <summary>
    /// <c>x =&gt; new ViewWith(view(x), related(x))</c>: a view and what is read with it (a related collection) in one query.
    /// Built from the two lambdas' bodies, so nothing is compiled per request.
    /// </summary>
    public static Expression<Func<TIn, ViewWith<TView, TRelated>>> With<TIn, TView, TRelated>(this Expression<Func<TIn, TView>> view, Expression<Func<TIn, TRelated>> related)
    {
        var x = view.Parameters[0];
        return Expression.Lambda<Func<TIn, ViewWith<TView, TRelated>>>(
            Expression.New(ViewWith<TView, TRelated>.Constructor, view.Body, new Replace(related.Parameters[0], x).Visit(related.Body)), x);
    }

    private static readonly MethodInfo InlineMethod = typeof(Projections).GetMethod(nameof(Inline))!;

    private sealed class Replace(ParameterExpression from, Expression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : node;
    }
}
