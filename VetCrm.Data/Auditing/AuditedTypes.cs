using VetCrm.Data.Records;

namespace VetCrm.Data.Auditing;

/// <summary>The entity types the audit log names: every clinical record type, and user accounts (sign-ups, sign-ins, role changes).</summary>
public static class AuditedTypes
{
    public const string User = "user";

    public static readonly string[] All = [.. RecordTypes.All.Select(t => t.Name), User];
}
