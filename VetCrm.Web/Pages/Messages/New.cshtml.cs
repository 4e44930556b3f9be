using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using VetCrm.Web.ApiClient;
using VetCrm.Web.Forms;

namespace VetCrm.Web.Pages.Messages;

/// <summary>Start a thread on a case with a first message; the API refuses a participant who cannot see the case, naming them.</summary>
public sealed class NewModel(VetCrmApiClient api, SpecialistChoices specialists) : PageModel
{
    [BindProperty(SupportsGet = true)] public Guid Pet { get; set; }
    [BindProperty] public ThreadInput Input { get; set; } = new();
    public IReadOnlyList<SelectListItem> Staff { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => Staff = await specialists.LoadAsync(null, cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (ModelState.IsValid)
        {
            try
            {
                var thread = await api.StartThreadAsync(new ThreadWrite(new IdRef(Pet), Input.Subject, [.. Input.Participants.Select(id => new IdRef(id))], Input.Body),
                    cancellationToken);
                return Redirect($"/Messages/{thread.Id}");
            }
            catch (ApiProblemException problem) when (problem.IsValidation)
            {
                ModelState.AddApiProblem(problem, Input);
            }
        }
        Staff = await specialists.LoadAsync(null, cancellationToken);
        return Page();
    }

    public sealed class ThreadInput
    {
        [Required, MaxLength(200)] public string? Subject { get; set; }
        public List<Guid> Participants { get; set; } = [];
        [Required, MaxLength(10_000)] public string? Body { get; set; }
    }
}
