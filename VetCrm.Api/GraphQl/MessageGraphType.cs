using GraphQL.Types;
using VetCrm.Api.Messaging;

namespace VetCrm.Api.GraphQl;

public sealed class MessageGraphType : ObjectGraphType<MessageView>
{
    public MessageGraphType()
    {
        Name = "Message";
        Field(m => m.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field<NonNullGraphType<IdGraphType>>("threadId").Resolve(context => context.Source.Thread.Id);
        Field<NonNullGraphType<ParticipantGraphType>>("sender").Resolve(context => context.Source.Sender);
        Field(m => m.Body);
        Field(m => m.SentAt);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AttachmentGraphType>>>>("attachments").Resolve(context => context.Source.Attachments);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ReceiptGraphType>>>>("receipts")
            .Description("Every participant's but the sender's.").Resolve(context => context.Source.Receipts);
    }
}
