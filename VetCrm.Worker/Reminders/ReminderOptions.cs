using System.ComponentModel.DataAnnotations;
using VetCrm.Data.Records;

namespace VetCrm.Worker.Reminders;

/// <summary>Configuration section <c>Reminders</c>.</summary>
public sealed class ReminderOptions
{
    public const string Section = "Reminders";

    /// <summary>How often the worker looks for overdue reviews.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "1.00:00:00")]
    public TimeSpan ScanInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Plans flagged per transaction: a crash loses at most one batch's work, which the next scan redoes.</summary>
    [Range(1, 10_000)]
    public int BatchSize { get; set; } = 100;

    /// <summary>Reviews due within this many days count as "due soon".</summary>
    [Range(0, 365)]
    public int DueSoonDays { get; set; } = PlanReviews.DueSoonDays;
}
