using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using VetCrm.Web.ApiClient;

namespace VetCrm.Web.Pages.Pets;

/// <summary>
/// Everything about one pet before a consult, read in two API calls (the case, its appointments): pet and owner, assigned specialist, referrals with
/// their status history, treatment plans with their versions, appointments (latest first), and the interaction timeline
/// (newest first, filterable by type). Buttons follow the actions the API allows the user. A pet out of the user's reach is a 404, as the API answers.
/// </summary>
public sealed class CaseModel(VetCrmApiClient api) : PageModel
{
    [BindProperty(SupportsGet = true)] public Guid Id { get; set; }
    [BindProperty(SupportsGet = true)] public string? Type { get; set; }

    public CaseFile Case { get; private set; } = new(new Pet(), null, [], [], []);
    public IReadOnlyList<Appointment> Appointments { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var type = ValueSets.InteractionTypes.Contains(Type) ? Type : null;
        var appointments = api.ListAppointmentsAsync(new AppointmentQuery(Pet: Id, Order: "-startAt"), cancellationToken);
        Case = await api.GetCaseAsync(Id, type, cancellationToken);
        Appointments = await appointments;
    }

    public bool May(string action) => Case.AllowedActions.Contains(action);
}
