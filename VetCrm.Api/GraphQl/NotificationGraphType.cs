using GraphQL.Types;
using VetCrm.Api.Notifications;

namespace VetCrm.Api.GraphQl;

public sealed class NotificationGraphType : ObjectGraphType<NotificationView>
{
    public NotificationGraphType()
    {
        Name = "Notification";
        Description = "A notice in your notification centre: a case or task assigned to you, something overdue, an appointment of yours changed.";
        Field(n => n.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(n => n.Kind);
        Field(n => n.Title);
        Field<NonNullGraphType<StringGraphType>>("recordType").Description("The type of the record it is about (e.g. task, pet, appointment).")
            .ResolveFromSource(source => source.Link.RecordType);
        Field<NonNullGraphType<IdGraphType>>("recordId").Description("The id of the record it is about.").ResolveFromSource(source => source.Link.Id);
        this.PetReference(n => new Common.RecordRef(n.Link.Pet));
        Field(n => n.CreatedAt);
        Field(n => n.ReadAt, nullable: true).Description("When you marked it read; null while unread.");
    }
}
