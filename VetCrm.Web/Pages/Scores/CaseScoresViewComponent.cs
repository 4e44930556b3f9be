using Microsoft.AspNetCore.Mvc;
using VetCrm.Web.ApiClient;

namespace VetCrm.Web.Pages.Scores;

/// <summary>The case page's clinical scores: a trend chart per score type recorded on the pet, and the form to record one.</summary>
public sealed class CaseScoresViewComponent(VetCrmApiClient api) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(Guid petId, bool mayRecord)
    {
        var cancellationToken = HttpContext.RequestAborted;
        var types = api.ListScoreTypesAsync(activeOnly: false, cancellationToken);
        var scores = await api.ListPetScoresAsync(petId, cancellationToken);
        var byType = (await types).ToDictionary(t => t.Id);
        var charts = scores.Where(s => s.ScoreType is not null && byType.ContainsKey(s.ScoreType.Id))
            .GroupBy(s => s.ScoreType!.Id)
            .Select(g => ScoreChart.Of(byType[g.Key], [.. g]))
            .OrderBy(c => c.Type.Name, StringComparer.OrdinalIgnoreCase)
            .ToList();
        return View("/Pages/Scores/_CaseScores.cshtml", new CaseScoresView(petId, mayRecord, [.. byType.Values.Where(t => t.Active).OrderBy(t => t.Name)], charts));
    }
}
