using GraphQL.Types;

namespace VetCrm.Api.GraphQl;

public sealed class VetCrmSchema : Schema
{
    public VetCrmSchema(IServiceProvider services, VetCrmQuery query, VetCrmMutation mutation) : base(services)
    {
        Query = query;
        Mutation = mutation;
        RegisterTypeMapping(typeof(DateTimeOffset), typeof(DateTimeOffsetValueGraphType));
        RegisterType(new UuidIdGraphType());
        Description = "VetCrm: pets, referrals, treatment plans and interactions, with the REST API's access rules.";
    }
}
