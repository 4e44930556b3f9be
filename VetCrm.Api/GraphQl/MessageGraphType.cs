using GraphQL.Types;
using VetCrm.Api.Messaging;

namespace VetCrm.Api.GraphQl;

public sealed class MessageGraphType : ObjectGraphType<MessageView>
{
    public MessageGraphType()
    {
        Name = "Message";
        Field(m => m.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field<NonNullGraphType<IdGraphType>>("threadId").ResolveFromSource(source => source.Thread.Id);
        Field<NonNullGraphType<ParticipantGraphType>>("sender").ResolveFromSource(source => source.Sender);
        Field(m => m.Body);
        Field(m => m.SentAt);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AttachmentGraphType>>>>("attachments").ResolveFromSource(source => source.Attachments);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ReceiptGraphType>>>>("receipts")
            .Description("Every participant's but the sender's.").ResolveFromSource(source => source.Receipts);
    }
}
