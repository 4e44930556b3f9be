namespace VetCrm.Data.Entities;

public static class AppointmentStatuses
{
    public const string Scheduled = "scheduled";
    public const string CheckedIn = "checkedIn";
    public const string Completed = "completed";
    public const string Cancelled = "cancelled";
    public const string NoShow = "noShow";
    public static readonly string[] All = [Scheduled, CheckedIn, Completed, Cancelled, NoShow];

    /// <summary>Statuses that free the slot again: the booking no longer holds its specialist or room.</summary>
    public static readonly string[] Released = [Cancelled, NoShow];

    /// <summary>The moves an appointment may make; <see cref="Records.RecordTypes.Appointment"/> turns them into its workflow.</summary>
    public static readonly IReadOnlyDictionary<string, string[]> Moves = new Dictionary<string, string[]>
    {
        [Scheduled] = [CheckedIn, Cancelled, NoShow],
        [CheckedIn] = [Completed],
        [Completed] = [],
        [Cancelled] = [],
        [NoShow] = [],
    };
}
