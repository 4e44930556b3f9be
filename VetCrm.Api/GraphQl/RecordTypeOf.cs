using VetCrm.Data.Entities;
using VetCrm.Data.Records;

namespace VetCrm.Api.GraphQl;

/// <summary>The record type of an entity, found once, and its name as a GraphQL type name begins (<c>treatmentPlan</c> → <c>TreatmentPlan</c>).</summary>
internal static class RecordTypeOf<TEntity> where TEntity : ClinicalRecord
{
    public static readonly RecordType Type = RecordTypes.All.Single(t => t.Entity == typeof(TEntity));

    public static readonly string GraphQlName = char.ToUpperInvariant(Type.Name[0]) + Type.Name[1..];
}
