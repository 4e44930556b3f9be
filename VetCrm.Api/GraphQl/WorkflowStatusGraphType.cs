using GraphQL.Types;
using VetCrm.Data.Entities;

namespace VetCrm.Api.GraphQl;

/// <summary>
/// The statuses of one record type's workflow as a GraphQL enum (e.g. <c>ReferralStatus</c>), values named as in REST:
/// a status the record type does not have is refused by validation, naming the argument.
/// </summary>
public sealed class WorkflowStatusGraphType<TEntity> : EnumerationGraphType where TEntity : ClinicalRecord
{
    public WorkflowStatusGraphType()
    {
        var type = RecordTypeOf<TEntity>.Type;
        Name = RecordTypeOf<TEntity>.GraphQlName + "Status";
        Description = $"A status of a {type.Name}.";
        foreach (var status in type.Status!.Values) Add(status, status);
    }
}
