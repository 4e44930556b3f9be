using GraphQL.Types;
using VetCrm.Api.Users;

namespace VetCrm.Api.GraphQl;

public sealed class UserGraphType : ObjectGraphType<UserView>
{
    public UserGraphType()
    {
        Name = "User";
        Description = "A staff account as records show it.";
        Field(u => u.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(u => u.Username);
        Field(u => u.Email);
        Field(u => u.Role, nullable: true).Description("admin, coordinator, specialist or clientCare; null for an account without a role.");
        Field(u => u.FullName);
        Field(u => u.CreatedAt);
        Field(u => u.UpdatedAt);
    }
}
