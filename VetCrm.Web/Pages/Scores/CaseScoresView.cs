using VetCrm.Web.ApiClient;

namespace VetCrm.Web.Pages.Scores;

/// <param name="MayRecord">The user may record scores on this case.</param>
/// <param name="Recordable">The active types a new score can be of.</param>
public sealed record CaseScoresView(Guid PetId, bool MayRecord, IReadOnlyList<ScoreType> Recordable, IReadOnlyList<ScoreChart> Charts);
