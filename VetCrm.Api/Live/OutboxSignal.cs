using System.Threading.Channels;
using VetCrm.Api.Common;

namespace VetCrm.Api.Live;

/// <summary>
/// Wakes the <see cref="OutboxDispatcher"/> when outbox rows are committed, by any replica or the worker: a trigger on
/// <c>outbox_messages</c> notifies <see cref="Channel"/> once per inserting statement. While not listening, the
/// dispatcher falls back to polling.
/// </summary>
public sealed partial class OutboxSignal(PostgresChannel channel, ILogger<OutboxSignal> logger) : BackgroundService
{
    /// <summary>The channel named in the <c>notify_outbox</c> trigger function (migration OutboxWakeUpAndListeners).</summary>
    public const string Channel = "vetcrm_outbox";

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

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        channel.ListenAsync(Channel, "vetcrm-outbox", _ => _wakeUps.Writer.TryWrite(true), listening =>
        {
            IsListening = listening;
            // Rows committed while the connection was down raised no notification.
            if (listening) _wakeUps.Writer.TryWrite(true);
        }, LogListenerLost, stoppingToken);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Not listening for outbox rows ({Reason}); live events are polled for until the connection is back.")]
    private partial void LogListenerLost(string reason);
}
