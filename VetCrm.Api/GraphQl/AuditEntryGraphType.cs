using GraphQL.Types;
using VetCrm.Api.Audit;

namespace VetCrm.Api.GraphQl;

public sealed class AuditEntryGraphType : ObjectGraphType<AuditEntryView>
{
    public AuditEntryGraphType()
    {
        Name = "AuditEntry";
        Field(a => a.Id, type: typeof(NonNullGraphType<IdGraphType>));
        this.UserReference("actor", a => a.Actor, required: false);
        Field(a => a.ActorName, nullable: true);
        Field(a => a.Action);
        Field(a => a.EntityType);
        Field(a => a.EntityId, nullable: true);
        Field(a => a.Summary);
        Field<JsonGraphType>("metadata").Description("Before/after of changed fields, a status move's reason.").ResolveFromSource(source => source.Metadata);
        Field(a => a.At);
    }
}
