using Microsoft.EntityFrameworkCore;
using VetCrm.Data;
using VetCrm.Data.Auditing;
using VetCrm.Data.Entities;

namespace VetCrm.Worker.Reminders;

/// <summary>The worker writes as the "system" account (created by the API at start-up), so its reminders are audited as such.</summary>
public sealed class SystemAuditActor : IAuditActor
{
    public Guid? UserId { get; private set; }
    public string? UserName => AppUser.SystemUserName;

    public async Task<Guid> ResolveAsync(VetCrmDbContext db, CancellationToken cancellationToken)
    {
        UserId ??= await db.Users.Where(u => u.UserName == AppUser.SystemUserName).Select(u => (Guid?)u.Id).SingleOrDefaultAsync(cancellationToken)
            ?? throw new InvalidOperationException("The system account does not exist yet: the API creates it at start-up.");
        return UserId.Value;
    }
}
