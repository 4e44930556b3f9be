using System.Globalization;
using System.Linq.Expressions;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;

using VetCrm.Api.Commands;

namespace VetCrm.Api.Common;

/// <summary>
/// Keyset pagination shared by every list: the orders a list allows, each a column plus the id as tie-breaker
/// (both indexed), and an opaque cursor holding the last row's (key, id). One SQL query per page.
/// </summary>
public sealed class ListOrders<TEntity, TView>(string defaultOrder)
{
    public const int DefaultLimit = 50;
    public const int MaxLimit = 200;

    private readonly Dictionary<string, IOrderKey> keys = new(StringComparer.Ordinal);

    public ListOrders<TEntity, TView> By<TKey>(string field, Expression<Func<TEntity, TKey>> entityKey, Func<TView, TKey> viewKey)
        where TKey : IComparable<TKey>, IParsable<TKey>
    {
        keys[field] = new OrderKey<TKey>(entityKey, viewKey);
        return this;
    }

    public string Allowed => string.Join(", ", keys.Keys.SelectMany(k => new[] { k, "-" + k }));

    /// <summary>Runs one page: validates order/limit/cursor, filters after the cursor, orders, projects (and searches, see <see cref="ListSearch{TEntity}"/>).</summary>
    public async Task<(Page<TView>? Page, FieldErrors Errors)> PageAsync(IQueryable<TEntity> source, IListRequest request,
        Expression<Func<TEntity, Guid>> id, Func<TView, Guid> viewId, Expression<Func<TEntity, TView>> projection, CancellationToken cancellationToken,
        ListSearch<TEntity>? search = null)
    {
        var errors = new FieldErrors();
        var order = request.Order ?? defaultOrder;
        var descending = order.StartsWith('-');
        if (!keys.TryGetValue(order.TrimStart('-', '+'), out var key)) errors.Add("order", $"'{order}' is not a supported order; use one of: {Allowed}.");
        var limit = request.Limit ?? DefaultLimit;
        if (limit is < 1 or > MaxLimit) errors.Add("limit", $"must be between 1 and {MaxLimit}.");
        if (errors.Any) return (null, errors);
        var orderKey = key!;

        if (request.Cursor is { } cursor)
        {
            var after = orderKey.After(source, id, descending, cursor);
            if (after is null)
            {
                errors.Add("cursor", "is not a cursor of this list and order.");
                return (null, errors);
            }
            source = after;
        }
        Task<List<TView>> PageOf(IQueryable<TEntity> rows) =>
            orderKey.Order(rows, id, descending).Take(limit + 1).Select(projection).ToListAsync(cancellationToken);

        List<TView>? page = null;
        if (search is { KnownRare: false })
        {
            page = await PageOf(orderKey.Order(source, id, descending).Take((limit + 1) * ListSearch<TEntity>.WindowRowsPerPageRow).Where(search.RowMatches));
            // A full page (and one more row) among the first rows in list order is exactly the page: later rows come after it.
            if (page.Count <= limit)
            {
                search.RememberRare();
                page = null;
            }
        }
        var rows = page ?? await PageOf(search is null ? source : search.IndexedMatches(source));
        string? next = null;
        if (rows.Count > limit)
        {
            rows.RemoveAt(limit);
            next = orderKey.Cursor(rows[^1], viewId(rows[^1]));
        }
        return (new Page<TView>(rows, next), errors);
    }

    private interface IOrderKey
    {
        IQueryable<TEntity> Order(IQueryable<TEntity> source, Expression<Func<TEntity, Guid>> id, bool descending);
        IQueryable<TEntity>? After(IQueryable<TEntity> source, Expression<Func<TEntity, Guid>> id, bool descending, string cursor);
        string Cursor(TView last, Guid lastId);
    }

    private sealed class OrderKey<TKey>(Expression<Func<TEntity, TKey>> entityKey, Func<TView, TKey> viewKey) : IOrderKey
        where TKey : IComparable<TKey>, IParsable<TKey>
    {
        public IQueryable<TEntity> Order(IQueryable<TEntity> source, Expression<Func<TEntity, Guid>> id, bool descending) => descending
            ? source.OrderByDescending(entityKey).ThenByDescending(id)
            : source.OrderBy(entityKey).ThenBy(id);

        public string Cursor(TView last, Guid lastId) =>
            WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes($"{lastId:N}{Format(viewKey(last))}"));

        public IQueryable<TEntity>? After(IQueryable<TEntity> source, Expression<Func<TEntity, Guid>> id, bool descending, string cursor)
        {
            string text;
            try { text = Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(cursor)); }
            catch (FormatException) { return null; }
            if (text.Length < 32 || !Guid.TryParseExact(text[..32], "N", out var lastId)
                || !TKey.TryParse(text[32..], CultureInfo.InvariantCulture, out var lastKey)) return null;

            // (key, id) > (lastKey, lastId) in the list's direction, written with CompareTo so strings, times and uuids all translate.
            var row = entityKey.Parameters[0];
            var keyExpr = entityKey.Body;
            var idExpr = new ReplaceParameter(id.Parameters[0], row).Visit(id.Body);
            var keyCompare = Expression.Call(keyExpr, typeof(TKey).GetMethod(nameof(IComparable<TKey>.CompareTo), [typeof(TKey)])!, Boxed(lastKey));
            var idCompare = Expression.Call(idExpr, typeof(Guid).GetMethod(nameof(Guid.CompareTo), [typeof(Guid)])!, Boxed(lastId));
            var zero = Expression.Constant(0);
            Func<Expression, Expression, BinaryExpression> beyond = descending ? Expression.LessThan : Expression.GreaterThan;
            var predicate = Expression.OrElse(
                beyond(keyCompare, zero),
                Expression.AndAlso(Expression.Equal(keyCompare, zero), beyond(idCompare, zero)));
            return source.Where(Expression.Lambda<Func<TEntity, bool>>(predicate, row));
        }

        // Round-trip format: "O" keeps the offset and sub-second precision of times.
        private static string? Format(TKey key) => key is IFormattable formattable ? formattable.ToString("O", CultureInfo.InvariantCulture) : key.ToString();

        // A member access on a holder object, so EF sends the value as a query parameter rather than a literal.
        private static Expression Boxed<TValue>(TValue value) => Expression.Property(Expression.Constant(new Holder<TValue>(value)), nameof(Holder<TValue>.Value));
    }

    private sealed record Holder<TValue>(TValue Value);

    private sealed class ReplaceParameter(ParameterExpression from, ParameterExpression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : node;
    }
}
