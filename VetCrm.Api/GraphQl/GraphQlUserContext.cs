using VetCrm.Api.Access;

namespace VetCrm.Api.GraphQl;

/// <summary>What resolvers know of the request: the signed-in caller (null when anonymous) and whether reads by id are a person's reads (audited).</summary>
public sealed class GraphQlUserContext(Actor? actor, bool personalRead) : Dictionary<string, object?>
{
    public Actor? Actor => actor;
    public bool PersonalRead => personalRead;
}
