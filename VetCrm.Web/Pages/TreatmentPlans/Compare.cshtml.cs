using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using VetCrm.Web.ApiClient;

namespace VetCrm.Web.Pages.TreatmentPlans;

/// <summary>Two saved versions of a plan side by side, the fields that differ marked.</summary>
public sealed class CompareModel(VetCrmApiClient api) : PageModel
{
    /// <summary>The plan fields shown, in form order; clinical notes are absent from the snapshots for client care.</summary>
    public static readonly string[] Fields = ["planTitle", "planStatus", "nextReviewDate", "diagnosisNotes", "medicationNotes", "clientInstructions"];

    [BindProperty(SupportsGet = true)] public Guid Id { get; set; }
    [BindProperty(SupportsGet = true)] public int? From { get; set; }
    [BindProperty(SupportsGet = true)] public int? To { get; set; }

    public TreatmentPlan Plan { get; private set; } = new();
    public IReadOnlyList<PlanVersion> Versions { get; private set; } = [];
    public PlanVersion? Left { get; private set; }
    public PlanVersion? Right { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var plan = api.GetPlanAsync(Id, cancellationToken);
        var versions = api.GetPlanVersionsAsync(Id, cancellationToken);
        Plan = await plan;
        Versions = await versions;
        if (Versions.Count == 0) return NotFound();
        Left = Versions.FirstOrDefault(v => v.VersionNumber == From) ?? Versions[Math.Max(0, Versions.Count - 2)];
        Right = Versions.FirstOrDefault(v => v.VersionNumber == To) ?? Versions[^1];
        return Page();
    }

    public static string Value(PlanVersion version, string field) => version.Snapshot[field] switch
    {
        null => "—",
        JsonValue value when value.TryGetValue<string>(out var text) => field == "planStatus" ? ValueSets.Label(text) : text,
        var node => node.ToJsonString(),
    };
}
