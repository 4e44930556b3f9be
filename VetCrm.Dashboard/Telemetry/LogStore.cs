using Microsoft.Extensions.Logging;

namespace VetCrm.Dashboard.Telemetry;

/// <summary>The most recent structured log records of all resources; the oldest is dropped when full.</summary>
public sealed class LogStore(TelemetryLimits limits)
{
    private readonly Lock _gate = new();
    private readonly Queue<LogEntry> _entries = new();
    private long _sequence;

    public int Count
    {
        get { lock (_gate) { return _entries.Count; } }
    }

    internal long NextSequence() => Interlocked.Increment(ref _sequence);

    public void Add(IReadOnlyCollection<LogEntry> entries)
    {
        lock (_gate)
        {
            foreach (var entry in entries)
            {
                _entries.Enqueue(entry);
                if (_entries.Count > limits.MaxLogs)
                {
                    _entries.Dequeue();
                }
            }
        }
    }

    /// <summary>Newest first, at most <paramref name="take"/> matching records.</summary>
    public IReadOnlyList<LogEntry> Query(Func<LogEntry, bool> filter, int take)
    {
        lock (_gate)
        {
            return [.. _entries.Reverse().Where(filter).Take(take)];
        }
    }

    public IReadOnlyList<string> Resources
    {
        get { lock (_gate) { return [.. _entries.Select(e => e.Source.Resource).Distinct(StringComparer.OrdinalIgnoreCase).Order()]; } }
    }

    /// <summary>Error and critical records per resource: the badge on the resources view.</summary>
    public IReadOnlyDictionary<string, int> ErrorCountsByResource()
    {
        lock (_gate)
        {
            return _entries.Where(e => e.Level >= LogLevel.Error)
                .CountBy(e => e.Source.Resource, StringComparer.OrdinalIgnoreCase)
                .ToDictionary(StringComparer.OrdinalIgnoreCase);
        }
    }

    public void Clear()
    {
        lock (_gate) { _entries.Clear(); }
    }
}
