using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using VetCrm.Web.ApiClient;
using VetCrm.Web.Auth;
using VetCrm.Web.Forms;

namespace VetCrm.Web.Pages.Tasks;

/// <summary>Gives a task to someone else: the user themself or a specialist; the API refuses anyone who cannot see the case.</summary>
public sealed class ReassignModel(VetCrmApiClient api, SpecialistChoices specialists) : PageModel
{
    [BindProperty(SupportsGet = true)] public Guid Id { get; set; }
    [BindProperty] public ReassignInput Input { get; set; } = new();

    public CareTask Task { get; private set; } = new();
    public IReadOnlyList<SelectListItem> Choices { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        Input = new ReassignInput { Version = Task.Version, Assignee = Task.Assignee?.Id };
        Choices = await ChoicesAsync(Input.Assignee, cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        try
        {
            var task = await api.ReassignTaskAsync(Id, Input.Version, Input.Assignee, cancellationToken);
            TempData["Flash"] = $"\"{task.Title}\" reassigned.";
            return Redirect("/Tasks");
        }
        catch (ApiProblemException problem) when (problem.IsValidation || problem.IsStale)
        {
            ModelState.AddApiProblem(problem, Input);
            await LoadAsync(cancellationToken);
            Choices = await ChoicesAsync(Input.Assignee, cancellationToken);
            return Page();
        }
    }

    private async Task LoadAsync(CancellationToken cancellationToken) => Task = await api.GetTaskAsync(Id, cancellationToken);

    private async Task<IReadOnlyList<SelectListItem>> ChoicesAsync(Guid? selected, CancellationToken cancellationToken)
    {
        var me = User.UserId();
        var others = (await specialists.LoadAsync(selected, cancellationToken)).Where(c => c.Value != me.ToString());
        return [new SelectListItem($"Me ({User.DisplayName()})", me.ToString(), selected == me), .. others];
    }

    public sealed class ReassignInput
    {
        public uint Version { get; set; }
        public Guid? Assignee { get; set; }
    }
}
