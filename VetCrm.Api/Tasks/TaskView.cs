using System.Linq.Expressions;
using System.Text.Json.Serialization;
using VetCrm.Api.Common;
using VetCrm.Api.OpenApi;
using VetCrm.Api.Pets;
using VetCrm.Api.Referrals;
using VetCrm.Api.Users;
using VetCrm.Data.Entities;

namespace VetCrm.Api.Tasks;

public sealed record TaskView(
    Guid Id, RecordRef Pet, RecordRef? Referral, RecordRef? SourceInteraction, string Title, RecordRef Assignee, DateTimeOffset DueAt,
    [property: ValueSet(typeof(TaskStatuses))] string Status, DateTimeOffset? SnoozedUntil, DateTimeOffset? CompletedAt, RecordRef? CompletedBy,
    DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, DateTimeOffset? ArchivedAt, uint Version) : RecordRef(Id)
{
    public static readonly string[] Includable = ["pet", "referral", "assignee", "completedBy"];

    /// <summary>What the caller may do with the task (<c>update</c>, <c>reassign</c>, <c>changeStatus</c>, <c>archive</c>).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<string>? AllowedActions { get; init; }

    /// <summary>The statuses the caller may move the task to (<c>done</c>, <c>snoozed</c>, <c>open</c>).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull), ValueSet(typeof(TaskStatuses))]
    public IReadOnlyList<string>? NextStatuses { get; init; }

    public static Expression<Func<CareTask, TaskView>> Projection(IReadOnlySet<string> include)
    {
        var pet = include.Contains("pet");
        var referral = include.Contains("referral");
        var assignee = include.Contains("assignee");
        var completedBy = include.Contains("completedBy");
        Expression<Func<CareTask, TaskView>> projection = t => new TaskView(
            t.Id,
            pet ? PetView.Plain.Inline(t.Pet!) : new RecordRef(t.PetId),
            t.ReferralId == null ? null : referral ? ReferralView.Plain.Inline(t.Referral!) : new RecordRef(t.ReferralId.Value),
            t.SourceInteractionId == null ? null : new RecordRef(t.SourceInteractionId.Value),
            t.Title,
            assignee ? UserView.Projection.Inline(t.Assignee!) : new RecordRef(t.AssigneeId),
            t.DueAt, t.Status, t.SnoozedUntil, t.CompletedAt,
            t.CompletedById == null ? null : completedBy ? UserView.Projection.Inline(t.CompletedBy!) : new RecordRef(t.CompletedById.Value),
            t.CreatedAt, t.UpdatedAt, t.ArchivedAt, t.Version);
        return projection.Expand();
    }
}
