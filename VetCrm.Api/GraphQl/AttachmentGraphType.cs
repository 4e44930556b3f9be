using GraphQL.Types;
using VetCrm.Api.Messaging;

namespace VetCrm.Api.GraphQl;

public sealed class AttachmentGraphType : ObjectGraphType<AttachmentView>
{
    public AttachmentGraphType()
    {
        Name = "Attachment";
        Description = "A file of a message. Its bytes come only over REST, through a signed link: POST /api/attachments/{id}/link.";
        Field(a => a.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(a => a.FileName);
        Field(a => a.ContentType).Description("Decided by the server from the content: application/pdf, image/png, image/jpeg or text/plain.");
        Field(a => a.SizeBytes);
    }
}
