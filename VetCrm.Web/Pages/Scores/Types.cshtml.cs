using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using VetCrm.Web.ApiClient;
using VetCrm.Web.Auth;
using VetCrm.Web.Forms;

namespace VetCrm.Web.Pages.Scores;

/// <summary>
/// The admin's score types: every scale with its range and threshold, a switch to stop or resume new scores of one, and a
/// form to add a scale without a release (the API checks it and names what is wrong).
/// </summary>
[Authorize(Policy = StaffClaims.AdminPolicy)]
public sealed class TypesModel(VetCrmApiClient api) : PageModel
{
    [BindProperty] public ScoreTypeInput Input { get; set; } = new();

    public IReadOnlyList<ScoreType> Types { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => Types = await api.ListScoreTypesAsync(activeOnly: false, cancellationToken);

    public async Task<IActionResult> OnPostAddAsync(CancellationToken cancellationToken)
    {
        var numeric = Input.Kind != "categorical";
        var threshold = string.IsNullOrWhiteSpace(Input.TaskTitle) ? null : new ScoreThreshold(
            numeric ? Number(Input.ThresholdAtLeast) : null, numeric ? Number(Input.ThresholdAtMost) : null,
            numeric ? null : List(Input.ThresholdCategories), Input.TaskTitle, Input.DueInHours);
        try
        {
            var type = await api.CreateScoreTypeAsync(new ScoreTypeWrite(Input.Code, Input.Name, Input.Kind,
                numeric ? Number(Input.Min) : null, numeric ? Number(Input.Max) : null, numeric ? Number(Input.Step) : null,
                numeric && !string.IsNullOrWhiteSpace(Input.Unit) ? Input.Unit : null, numeric ? null : List(Input.Categories),
                Input.Description, threshold), cancellationToken);
            TempData["Flash"] = $"{type.Name} added: it can be recorded on every case now.";
            return RedirectToPage();
        }
        catch (ApiProblemException problem) when (problem.IsValidation)
        {
            foreach (var (field, messages) in problem.Errors)
                foreach (var message in messages)
                    ModelState.AddModelError(Field(field), $"{ValueSets.Label(field)} {message}");
            if (problem.Errors.Count == 0) ModelState.AddModelError("", problem.Detail ?? problem.Message);
            Types = await api.ListScoreTypesAsync(activeOnly: false, cancellationToken);
            return Page();
        }
    }

    public async Task<IActionResult> OnPostActiveAsync(Guid id, uint version, bool active, CancellationToken cancellationToken)
    {
        try
        {
            var type = await api.SetScoreTypeActiveAsync(id, version, active, cancellationToken);
            TempData["Flash"] = type.Active ? $"{type.Name} takes new scores again." : $"{type.Name} takes no new scores; its recorded scores stay.";
        }
        catch (ApiProblemException problem) when (problem.IsValidation || problem.IsStale)
        {
            TempData["Flash"] = problem.Errors.SelectMany(e => e.Value).FirstOrDefault() ?? problem.Detail;
        }
        return RedirectToPage();
    }

    /// <summary>The form field an API error belongs to ("threshold.atLeast" → Input.ThresholdAtLeast).</summary>
    private static string Field(string apiField)
    {
        var name = apiField.StartsWith("threshold.", StringComparison.Ordinal) ? apiField["threshold.".Length..] : apiField;
        var property = typeof(ScoreTypeInput).GetProperties().FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase)
            || string.Equals(p.Name, "Threshold" + name, StringComparison.OrdinalIgnoreCase));
        return property is null ? "" : $"Input.{property.Name}";
    }

    private static decimal? Number(string? text) =>
        decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var value) ? value : null;

    private static string[]? List(string? text) =>
        string.IsNullOrWhiteSpace(text) ? null : text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    public sealed class ScoreTypeInput
    {
        public string? Code { get; set; }
        public string? Name { get; set; }
        public string? Kind { get; set; } = "numeric";
        public string? Min { get; set; }
        public string? Max { get; set; }
        public string? Step { get; set; }
        public string? Unit { get; set; }
        public string? Categories { get; set; }
        public string? Description { get; set; }
        public string? ThresholdAtLeast { get; set; }
        public string? ThresholdAtMost { get; set; }
        public string? ThresholdCategories { get; set; }
        public string? TaskTitle { get; set; }
        public int? DueInHours { get; set; }
    }
}
