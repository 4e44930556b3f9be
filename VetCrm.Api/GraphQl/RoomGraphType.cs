using GraphQL.Types;
using VetCrm.Api.Appointments;

namespace VetCrm.Api.GraphQl;

public sealed class RoomGraphType : ObjectGraphType<RoomView>
{
    public RoomGraphType()
    {
        Name = "Room";
        Description = "A bookable room or machine.";
        Field(r => r.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(r => r.Name);
        Field(r => r.Kind).Description("consultRoom, mri, ct, theatre or ultrasound.");
    }
}
