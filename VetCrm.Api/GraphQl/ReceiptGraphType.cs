using GraphQL.Types;
using VetCrm.Api.Messaging;

namespace VetCrm.Api.GraphQl;

public sealed class ReceiptGraphType : ObjectGraphType<ReceiptView>
{
    public ReceiptGraphType()
    {
        Name = "Receipt";
        Description = "One recipient's receipt: delivered when their client fetched the message, read when they opened the thread.";
        Field<NonNullGraphType<ParticipantGraphType>>("recipient").ResolveFromSource(source => source.Recipient);
        Field(r => r.DeliveredAt, nullable: true);
        Field(r => r.ReadAt, nullable: true);
    }
}
