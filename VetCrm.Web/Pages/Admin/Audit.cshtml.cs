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

    public AuditFilters Filters { get; private set; } = new([], []);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Filters = await api.GetAuditFiltersAsync(cancellationToken);
        Guid? actor = null;
        if (Blank(Filter.Actor) is { } name)
        {
            actor = await FindActorAsync(name, cancellationToken);
            if (actor is null)
            {
                ModelState.AddModelError("Filter.Actor", $"No user is named “{name}”.");
                return;
            }
        }
        try
        {
            Entries = await api.ListAuditAsync(new AuditQuery(actor, Blank(Filter.EntityType), Blank(Filter.EntityId), Blank(Filter.Action),
                Filter.From, Filter.To, Cursor), cancellationToken);
        }
        catch (ApiProblemException problem) when (problem.IsValidation)
        {
            ModelState.AddApiProblem(problem, Filter, nameof(Filter));
        }
    }

    /// <summary>The API filters by user id; staff type a user name (an id works too).</summary>
    private async Task<Guid?> FindActorAsync(string name, CancellationToken cancellationToken)
    {
        if (Guid.TryParse(name, out var id)) return id;
        var matches = await api.ListUsersAsync(null, name, null, cancellationToken);
        return matches.Items.FirstOrDefault(u => string.Equals(u.Username, name, StringComparison.OrdinalIgnoreCase))?.Id;
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
