using GraphQL.Types;
using VetCrm.Api.Messaging;

namespace VetCrm.Api.GraphQl;

public sealed class ParticipantGraphType : ObjectGraphType<ParticipantView>
{
    public ParticipantGraphType()
    {
        Name = "Participant";
        Description = "A staff member in a message thread: a name to show.";
        Field(p => p.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(p => p.Username);
        Field(p => p.FullName);
    }
}
