namespace VetCrm.Data.Auditing;

/// <summary>Who is making the change being saved: the signed-in user in the API, the system account in the worker.</summary>
public interface IAuditActor
{
    Guid? UserId { get; }
    string? UserName { get; }
}
