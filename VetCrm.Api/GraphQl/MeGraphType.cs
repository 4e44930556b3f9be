using GraphQL.Types;
using VetCrm.Api.Auth;

namespace VetCrm.Api.GraphQl;

public sealed class MeGraphType : ObjectGraphType<MeView>
{
    public MeGraphType()
    {
        Name = "Me";
        Description = "The signed-in user, with what the current role allows.";
        Field(m => m.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(m => m.Username);
        Field(m => m.Email);
        Field(m => m.Role, nullable: true);
        Field(m => m.FullName);
        Field(m => m.CreatedAt);
        Field(m => m.UpdatedAt);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("allowedActions").ResolveFromSource(source => source.AllowedActions);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("interactionTypes").Description("The interaction types you may log.")
            .ResolveFromSource(source => source.InteractionTypes);
    }
}
