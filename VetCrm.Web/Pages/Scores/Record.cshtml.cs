using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using VetCrm.Web.ApiClient;
using VetCrm.Web.Forms;

namespace VetCrm.Web.Pages.Scores;

/// <summary>
/// Records a score on a pet's case: posted from the case page's form (and shown in full only when the API refuses it,
/// with the reason next to the field). The score is a number for numeric scales and a stage for categorical ones.
/// </summary>
public sealed class RecordModel(VetCrmApiClient api) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "pet")] public Guid PetId { get; set; }
    [BindProperty] public ScoreInput Input { get; set; } = new();

    public Pet Pet { get; private set; } = new();
    public IReadOnlyList<ScoreType> Types { get; private set; } = [];

    public Task OnGetAsync(CancellationToken cancellationToken) => LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        Types = await api.ListScoreTypesAsync(activeOnly: true, cancellationToken);
        var type = Types.FirstOrDefault(t => t.Id == Input.ScoreType);
        var text = Input.Score?.Trim();
        decimal? value = null;
        string? category = null;
        if (type?.IsCategorical == true) category = text;
        else if (decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var number)) value = number;
        else if (!string.IsNullOrEmpty(text)) ModelState.AddModelError("Input.Score", "Score must be a number, e.g. 6 or 31.5.");
        if (ModelState.IsValid)
        {
            try
            {
                var score = await api.RecordScoreAsync(new ScoreWrite(new IdRef(PetId), Input.ScoreType is { } id ? new IdRef(id) : null, null, value, category, Input.Notes),
                    cancellationToken);
                TempData["Flash"] = score.ThresholdTask is null ? $"{type?.Name} score recorded."
                    : $"{type?.Name} score recorded. It crossed the threshold: a “{type?.Threshold?.TaskTitle}” task was raised for the pet's specialist.";
                return Redirect($"/Pets/{PetId}#scores-title");
            }
            catch (ApiProblemException problem) when (problem.IsValidation || problem.Status == System.Net.HttpStatusCode.Forbidden)
            {
                // The API names value or category; the form has one field for both.
                foreach (var (field, messages) in problem.Errors)
                    foreach (var message in messages)
                        ModelState.AddModelError(field is "value" or "category" ? "Input.Score" : field == "scoreType" ? "Input.ScoreType" : "", $"{ValueSets.Label(field)} {message}");
                if (problem.Errors.Count == 0) ModelState.AddModelError("", problem.Detail ?? problem.Title ?? problem.Message);
            }
        }
        Pet = await api.GetPetAsync(PetId, cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var types = api.ListScoreTypesAsync(activeOnly: true, cancellationToken);
        Pet = await api.GetPetAsync(PetId, cancellationToken);
        Types = await types;
    }

    public sealed class ScoreInput
    {
        public Guid? ScoreType { get; set; }
        public string? Score { get; set; }
        public string? Notes { get; set; }
    }
}
