using System.ComponentModel.DataAnnotations;

namespace VetCrm.Api.Tasks;

/// <summary>Configuration section <c>Tasks</c>.</summary>
public sealed class TaskOptions
{
    public const string Section = "Tasks";

    /// <summary>How long after it is made a task is due when no due time is given (and for follow-ups).</summary>
    [Range(typeof(TimeSpan), "00:01:00", "90.00:00:00")]
    public TimeSpan DefaultDue { get; set; } = TimeSpan.FromDays(1);

    /// <summary>Who gets the task a follow-up-needed interaction makes.</summary>
    public FollowUpAssignee FollowUpAssignee { get; set; } = FollowUpAssignee.PetSpecialist;
}
