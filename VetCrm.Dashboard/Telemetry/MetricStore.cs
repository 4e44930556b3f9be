namespace VetCrm.Dashboard.Telemetry;

/// <summary>
/// Metric points per resource and instrument. Each resource keeps at most
/// <see cref="TelemetryLimits.MaxMetricPointsPerResource"/> points over all its instruments; the oldest go first.
/// </summary>
public sealed class MetricStore(TelemetryLimits limits)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, ResourceMetrics> _resources = new(StringComparer.OrdinalIgnoreCase);

    public IReadOnlyList<string> Resources
    {
        get { lock (_gate) { return [.. _resources.Keys.Order()]; } }
    }

    public int PointCount(string resource)
    {
        lock (_gate) { return _resources.TryGetValue(resource, out var metrics) ? metrics.PointOrder.Count : 0; }
    }

    public void Add(string resource, InstrumentInfo info, IReadOnlyCollection<MetricPoint> points)
    {
        lock (_gate)
        {
            if (!_resources.TryGetValue(resource, out var metrics))
            {
                _resources[resource] = metrics = new ResourceMetrics();
            }
            if (!metrics.Instruments.TryGetValue(info.Name, out var instrument))
            {
                metrics.Instruments[info.Name] = instrument = new Instrument(info);
            }
            foreach (var point in points)
            {
                // Series keys repeat in every export: keep one string per series, not one per point.
                instrument.Points.Enqueue(point with { Series = instrument.SeriesKey(point.Series) });
                metrics.PointOrder.Enqueue(instrument);
                if (metrics.PointOrder.Count > limits.MaxMetricPointsPerResource)
                {
                    // Points are appended in arrival order everywhere, so the oldest point overall is the head of its instrument.
                    metrics.PointOrder.Dequeue().Points.Dequeue();
                }
            }
        }
    }

    public IReadOnlyList<InstrumentInfo> Instruments(string resource)
    {
        lock (_gate)
        {
            return _resources.TryGetValue(resource, out var metrics)
                ? [.. metrics.Instruments.Values.Where(i => i.Points.Count > 0).Select(i => i.Info).OrderBy(i => i.Scope).ThenBy(i => i.Name)]
                : [];
        }
    }

    public InstrumentData? Get(string resource, string instrumentName)
    {
        lock (_gate)
        {
            return _resources.TryGetValue(resource, out var metrics) && metrics.Instruments.TryGetValue(instrumentName, out var instrument)
                ? new InstrumentData(instrument.Info, [.. instrument.Points])
                : null;
        }
    }

    public void Clear()
    {
        lock (_gate) { _resources.Clear(); }
    }

    private sealed class ResourceMetrics
    {
        public Dictionary<string, Instrument> Instruments { get; } = new(StringComparer.Ordinal);

        /// <summary>Which instrument each stored point belongs to, oldest first.</summary>
        public Queue<Instrument> PointOrder { get; } = new();
    }

    private sealed class Instrument(InstrumentInfo info)
    {
        private readonly HashSet<string> _series = new(StringComparer.Ordinal);

        public InstrumentInfo Info { get; } = info;
        public Queue<MetricPoint> Points { get; } = new();

        public string SeriesKey(string series) => _series.TryGetValue(series, out var existing) ? existing : Add(series);

        private string Add(string series)
        {
            _series.Add(series);
            return series;
        }
    }
}
