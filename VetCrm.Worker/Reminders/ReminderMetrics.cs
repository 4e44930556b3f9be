using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace VetCrm.Worker.Reminders;

/// <summary>What an SRE watches of the reminder worker (meter and activity source <c>VetCrm.Worker</c>).</summary>
public sealed class ReminderMetrics
{
    public const string Name = "VetCrm.Worker";
    public static readonly ActivitySource ActivitySource = new(Name);

    private readonly Counter<long> _flagged;
    private readonly Histogram<double> _scanDuration;
    private long _overdue;
    private long _dueSoon;

    public ReminderMetrics(IMeterFactory meterFactory)
    {
        var meter = meterFactory.Create(Name);
        _flagged = meter.CreateCounter<long>("vetcrm.reminders.flagged", "{plan}", "Overdue plan reviews flagged (one reminder each)");
        _scanDuration = meter.CreateHistogram<double>("vetcrm.reminders.scan.duration", "s", "Time of one scan, all batches");
        meter.CreateObservableGauge("vetcrm.reminders.overdue", () => Interlocked.Read(ref _overdue), "{plan}", "Active plans whose review date has passed");
        meter.CreateObservableGauge("vetcrm.reminders.due_soon", () => Interlocked.Read(ref _dueSoon), "{plan}", "Active plans due for review within the window");
    }

    public void Flagged(int count) => _flagged.Add(count);

    public void ScanCompleted(TimeSpan duration, long overdue, long dueSoon)
    {
        _scanDuration.Record(duration.TotalSeconds);
        Interlocked.Exchange(ref _overdue, overdue);
        Interlocked.Exchange(ref _dueSoon, dueSoon);
    }
}
