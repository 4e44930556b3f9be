using GraphQL.Types;

namespace VetCrm.Api.GraphQl;

public sealed class RecordScoreInputGraphType : RequestInputGraphType
{
    public RecordScoreInputGraphType()
    {
        Name = "RecordScoreInput";
        Description = "A score: pet and scoreType are required, with value (numeric types) or category (categorical types); scoreDate defaults to now.";
        Reference("pet");
        Reference("referral");
        Reference("scoreType");
        Instant("scoreDate");
        Field<DecimalGraphType>("value").Description("Within the type's range, in steps of its step from min.");
        Text("category", "One of the type's categories.");
        Text("notes");
    }
}
