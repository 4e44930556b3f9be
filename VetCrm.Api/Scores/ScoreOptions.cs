using System.ComponentModel.DataAnnotations;

namespace VetCrm.Api.Scores;

/// <summary>Configuration section <c>Scores</c>.</summary>
public sealed class ScoreOptions
{
    public const string Section = "Scores";

    /// <summary>
    /// How long after recording a score may be corrected (a mistyped value, the wrong time). After that the record stands
    /// as charted and a new score is recorded; an admin may still archive a wrong one.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "7.00:00:00")]
    public TimeSpan CorrectionWindow { get; set; } = TimeSpan.FromHours(24);
}
