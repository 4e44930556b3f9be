using GraphQL.Types;
using VetCrm.Api.History;

namespace VetCrm.Api.GraphQl;

public sealed class StatusChangeGraphType : ObjectGraphType<StatusChangeView>
{
    public StatusChangeGraphType()
    {
        Name = "StatusChange";
        Field(c => c.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(c => c.Field);
        Field(c => c.FromValue, nullable: true);
        Field(c => c.ToValue);
        this.UserReference("changedBy", c => c.ChangedBy, required: false);
        Field(c => c.ChangeReason, nullable: true);
        Field(c => c.ChangedAt);
    }
}
