using GraphQL.Types;
using VetCrm.Api.Messaging;

namespace VetCrm.Api.GraphQl;

public sealed class MessageThreadGraphType : ObjectGraphType<ThreadView>
{
    public MessageThreadGraphType()
    {
        Name = "MessageThread";
        Description = "A conversation between staff on a case; readable by its participants while they reach the case (admins: every thread).";
        Field(t => t.Id, type: typeof(NonNullGraphType<IdGraphType>));
        this.PetReference(t => t.Pet);
        this.ReferralReference(t => t.Referral, required: false);
        Field(t => t.Subject);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ParticipantGraphType>>>>("participants").ResolveFromSource(source => source.Participants);
        Field<NonNullGraphType<IdGraphType>>("createdById").ResolveFromSource(source => source.CreatedBy.Id);
        Field(t => t.CreatedAt);
        Field(t => t.LastMessageAt);
        Field(t => t.MessageCount);
        Field(t => t.UnreadCount).Description("Messages you have not read.");
        Field(t => t.Version);
        Field<ListGraphType<NonNullGraphType<MessageGraphType>>>("messages")
            .Description("Oldest first, with files and receipts; only on messageThread(id) and the mutations' answers, null in lists.")
            .ResolveFromSource(source => source.Messages);
        this.AllowedActions(t => t.AllowedActions, "sendMessage and markRead as a participant");
    }
}
