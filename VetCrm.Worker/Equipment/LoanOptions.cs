using System.ComponentModel.DataAnnotations;

namespace VetCrm.Worker.Equipment;

/// <summary>Configuration section <c>Loans</c>: who chases overdue equipment, and how soon.</summary>
public sealed class LoanOptions
{
    public const string Section = "Loans";

    /// <summary>
    /// The client-care account that chases returns when the loan was not handed over by client care; when unset or not a
    /// client-care account, the pet's assigned specialist gets the task.
    /// </summary>
    [MaxLength(256)]
    public string? ClientCareUserName { get; set; }

    /// <summary>When the chase task is due, from the moment the loan is flagged overdue.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "7.00:00:00")]
    public TimeSpan ChaseWithin { get; set; } = TimeSpan.FromHours(4);
}
