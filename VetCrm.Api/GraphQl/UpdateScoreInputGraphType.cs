using GraphQL.Types;

namespace VetCrm.Api.GraphQl;

public sealed class UpdateScoreInputGraphType : RequestInputGraphType
{
    public UpdateScoreInputGraphType()
    {
        Name = "UpdateScoreInput";
        Description = "A correction within the correction window, with the version last read; a score stays on its pet and type.";
        Version();
        Reference("referral");
        Instant("scoreDate");
        Field<DecimalGraphType>("value");
        Text("category");
        Text("notes");
    }
}
