using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using VetCrm.Web.ApiClient;
using VetCrm.Web.Forms;

namespace VetCrm.Web.Pages.Admin;

/// <summary>The audit log, read-only, filtered by actor, entity, action and date range.</summary>
public sealed class AuditModel(VetCrmApiClient api) : PageModel
{
    [BindProperty(SupportsGet = true)] public AuditFilter Filter { get; set; } = new();
    [BindProperty(SupportsGet = true)] public string? Cursor { get; set; }

    public Page<AuditEntry> Entries { get; private set; } = new([], null);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        try
        {
            Entries = await api.ListAuditAsync(new AuditQuery(Blank(Filter.Actor), Blank(Filter.EntityType), Blank(Filter.EntityId), Blank(Filter.Action),
                Filter.From, Filter.To, Cursor), cancellationToken);
        }
        catch (ApiProblemException problem) when (problem.IsValidation)
        {
            ModelState.AddApiProblem(problem, Filter, nameof(Filter));
        }
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    public sealed class AuditFilter
    {
        public string? Actor { get; set; }
        public string? EntityType { get; set; }
        public string? EntityId { get; set; }
        public string? Action { get; set; }
        public DateOnly? From { get; set; }
        public DateOnly? To { get; set; }
    }
}
