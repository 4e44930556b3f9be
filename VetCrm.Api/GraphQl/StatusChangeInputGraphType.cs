using VetCrm.Data.Entities;

namespace VetCrm.Api.GraphQl;

/// <summary>The status move of one record type (e.g. <c>ReferralStatusChangeInput</c>): its status is that record type's enum.</summary>
public sealed class StatusChangeInputGraphType<TEntity> : RequestInputGraphType where TEntity : ClinicalRecord
{
    public StatusChangeInputGraphType()
    {
        Name = RecordTypeOf<TEntity>.GraphQlName + "StatusChangeInput";
        Description = $"A move of a {RecordTypeOf<TEntity>.Type.Name} to another status and why; with version, a concurrent change is refused (CONFLICT).";
        Field<WorkflowStatusGraphType<TEntity>>("status");
        Text("reason", "Kept in the status history.");
        Version();
    }
}
