using GraphQL.Types;
using VetCrm.Api.Tasks;
using VetCrm.Data.Records;

namespace VetCrm.Api.GraphQl;

public sealed class TaskGraphType : ObjectGraphType<TaskView>
{
    public TaskGraphType()
    {
        Name = "Task";
        Description = "A piece of follow-up work on a pet's case, for one staff member, due at a time.";
        Field(t => t.Id, type: typeof(NonNullGraphType<IdGraphType>));
        this.PetReference(t => t.Pet);
        this.ReferralReference(t => t.Referral, required: false);
        Field<IdGraphType>("sourceInteractionId").Description("The follow-up interaction the task was made from, if any.")
            .ResolveFromSource(source => source.SourceInteraction?.Id);
        Field(t => t.Title);
        this.UserReference("assignee", t => t.Assignee);
        Field(t => t.DueAt);
        Field(t => t.Status).Description("open, snoozed or done; moves with changeTaskStatus, completeTask or snoozeTask.");
        Field(t => t.SnoozedUntil, nullable: true);
        Field(t => t.CompletedAt, nullable: true);
        this.UserReference("completedBy", t => t.CompletedBy, required: false);
        Field(t => t.CreatedAt);
        Field(t => t.UpdatedAt);
        Field(t => t.ArchivedAt, nullable: true);
        Field(t => t.Version).Description("Send it back with a change: a stale version is refused (CONFLICT).");
        this.AllowedActions(t => t.AllowedActions);
        this.NextStatuses(t => t.NextStatuses, "task");
        this.StatusHistory(RecordTypes.CareTask, t => t.Id);
    }
}
