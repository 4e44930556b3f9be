namespace VetCrm.Dashboard.Telemetry;

/// <summary>
/// Spans grouped by trace, for the most recent traces (by first span received); the oldest trace is dropped when full.
/// Spans of one trace arrive in several exports (one per service), so a trace grows after it is first seen.
/// </summary>
public sealed class TraceStore(TelemetryLimits limits)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, List<SpanEntry>> _spansByTrace = new(StringComparer.Ordinal);
    private readonly Queue<string> _traceOrder = new();
    private long _droppedSpans;

    public int Count
    {
        get { lock (_gate) { return _spansByTrace.Count; } }
    }

    /// <summary>Spans refused because their trace already had <see cref="TelemetryLimits.MaxSpansPerTrace"/>.</summary>
    public long DroppedSpans => Interlocked.Read(ref _droppedSpans);

    public void Add(IReadOnlyCollection<SpanEntry> spans)
    {
        lock (_gate)
        {
            foreach (var span in spans)
            {
                if (!_spansByTrace.TryGetValue(span.TraceId, out var traceSpans))
                {
                    _spansByTrace[span.TraceId] = traceSpans = [];
                    _traceOrder.Enqueue(span.TraceId);
                }
                if (traceSpans.Count < limits.MaxSpansPerTrace)
                {
                    traceSpans.Add(span);
                }
                else
                {
                    _droppedSpans++;
                }
            }
            while (_spansByTrace.Count > limits.MaxTraces)
            {
                _spansByTrace.Remove(_traceOrder.Dequeue());
            }
        }
    }

    public TraceEntry? Get(string traceId)
    {
        lock (_gate)
        {
            return _spansByTrace.TryGetValue(traceId, out var spans) ? Snapshot(traceId, spans) : null;
        }
    }

    /// <summary>Every trace with a span matching <paramref name="spanFilter"/>, newest first.</summary>
    public IReadOnlyList<TraceEntry> Query(Func<SpanEntry, bool> spanFilter)
    {
        lock (_gate)
        {
            return [.. _traceOrder.Reverse()
                .Where(id => _spansByTrace.ContainsKey(id))
                .Select(id => (Id: id, Spans: _spansByTrace[id]))
                .Where(t => t.Spans.Any(spanFilter))
                .Select(t => Snapshot(t.Id, t.Spans))];
        }
    }

    public void Clear()
    {
        lock (_gate)
        {
            _spansByTrace.Clear();
            _traceOrder.Clear();
        }
    }

    private static TraceEntry Snapshot(string traceId, List<SpanEntry> spans) => new(traceId, [.. spans.OrderBy(s => s.Start)]);
}
