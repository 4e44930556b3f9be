using System.Linq.Expressions;
using VetCrm.Api.Common;
using VetCrm.Data.Entities;

namespace VetCrm.Api.History;

public sealed record StatusChangeView(Guid Id, string Field, string? FromValue, string ToValue, RecordRef? ChangedBy, string? ChangeReason, DateTimeOffset ChangedAt)
{
    public static readonly Expression<Func<StatusChange, StatusChangeView>> Projection = c => new StatusChangeView(
        c.Id, c.Field, c.FromValue, c.ToValue, c.ChangedById == null ? null : new RecordRef(c.ChangedById.Value), c.ChangeReason, c.ChangedAt);
}
