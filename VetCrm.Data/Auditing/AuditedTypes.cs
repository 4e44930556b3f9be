using VetCrm.Data.Records;

namespace VetCrm.Data.Auditing;

/// <summary>
/// The entity types the audit log names: every clinical record type, user accounts (sign-ups, sign-ins, role changes),
/// score types (admin-managed reference data) and message attachments (downloads).
/// </summary>
public static class AuditedTypes
{
    public const string User = "user";
    public const string ScoreType = "scoreType";
    public const string MessageAttachment = "messageAttachment";

    public static readonly string[] All = [.. RecordTypes.All.Select(t => t.Name), User, ScoreType, MessageAttachment];
}
