using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace VetCrm.Data.Live;

/// <summary>
/// Announces committed outbox rows to the API's dispatchers over <see cref="OutboxChannel"/>, for writers in another
/// process (the worker). The NOTIFY runs in a transaction of its own that does not wait for its flush to disk, so the
/// notify lock it takes is held only for an instant; a lost notification costs at most the dispatchers' safety poll.
/// </summary>
public sealed class NotifyingOutboxWakeUp : IOutboxWakeUp
{
    private const string Notify = $"BEGIN; SET LOCAL synchronous_commit = off; SELECT pg_notify('{OutboxChannel.Name}', ''); COMMIT;";

    public async ValueTask RowsCommittedAsync(DbContext context, CancellationToken cancellationToken)
    {
        // A connection of its own: the context's may still be tied to the transaction that just committed.
        await using var connection = new NpgsqlConnection(context.Database.GetConnectionString());
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(Notify, connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
