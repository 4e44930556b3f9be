using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using VetCrm.Web.ApiClient;
using VetCrm.Web.Forms;

namespace VetCrm.Web.Pages.Admin;

/// <summary>Referral analytics: volume, conversion, turnaround and decline reasons per referring clinic and month.</summary>
public sealed class AnalyticsModel(VetCrmApiClient api) : PageModel
{
    [BindProperty(SupportsGet = true)] public AnalyticsWindow Window { get; set; } = new();

    public ReferralAnalytics? Report { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        try
        {
            Report = await api.GetReferralAnalyticsAsync(Window.From, Window.To, cancellationToken);
        }
        catch (ApiProblemException problem) when (problem.IsValidation)
        {
            ModelState.AddApiProblem(problem, Window, nameof(Window));
        }
    }

    public sealed class AnalyticsWindow
    {
        public DateOnly? From { get; set; }
        /// <summary>The last day counted, as staff think of a date range.</summary>
        public DateOnly? To { get; set; }
    }
}
