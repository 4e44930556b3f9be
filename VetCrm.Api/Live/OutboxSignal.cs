using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using VetCrm.Api.Common;
using VetCrm.Data.Live;

namespace VetCrm.Api.Live;

/// <summary>
/// Wakes the <see cref="OutboxDispatcher"/> when outbox rows are committed: in process when this replica committed them
/// (its dispatcher then sends them, as every replica's does its own), and through <see cref="OutboxChannel"/> when the
/// worker did. While not listening, the dispatcher falls back to polling.
/// </summary>
public sealed partial class OutboxSignal(PostgresChannel channel, ILogger<OutboxSignal> logger) : BackgroundService, IOutboxWakeUp
{
    // One pending wake-up is enough: the dispatcher reads everything unsent when it wakes.
    private readonly Channel<bool> _wakeUps = System.Threading.Channels.Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    public bool IsListening { get; private set; }

    /// <summary>Waits until rows are committed, or at most <paramref name="timeout"/>.</summary>
    public async Task WaitAsync(TimeSpan timeout, TimeProvider time, CancellationToken cancellationToken)
    {
        using var deadline = new CancellationTokenSource(timeout, time);
        using var either = CancellationTokenSource.CreateLinkedTokenSource(deadline.Token, cancellationToken);
        try
        {
            await _wakeUps.Reader.ReadAsync(either.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // The deadline: look anyway.
        }
    }

    public ValueTask RowsCommittedAsync(DbContext context, CancellationToken cancellationToken)
    {
        _wakeUps.Writer.TryWrite(true);
        return ValueTask.CompletedTask;
    }

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        channel.ListenAsync(OutboxChannel.Name, "vetcrm-outbox", _ => _wakeUps.Writer.TryWrite(true), listening =>
        {
            IsListening = listening;
            // Rows committed while the connection was down raised no notification.
            if (listening) _wakeUps.Writer.TryWrite(true);
        }, LogListenerLost, stoppingToken);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Not listening for outbox rows ({Reason}); live events are polled for until the connection is back.")]
    private partial void LogListenerLost(string reason);
}
