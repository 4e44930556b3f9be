using Microsoft.EntityFrameworkCore;

namespace VetCrm.Data.Live;

/// <summary>Told when a save's outbox rows have been committed, so that their dispatch need not wait for a poll.</summary>
public interface IOutboxWakeUp
{
    /// <param name="context">The context that committed them, for an announcement that needs the database.</param>
    ValueTask RowsCommittedAsync(DbContext context, CancellationToken cancellationToken);
}
