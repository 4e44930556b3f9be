using VetCrm.Web.ApiClient;

namespace VetCrm.Web.Pages;

/// <summary>
/// One page of the triage queue (emergency first, then oldest) with the whole queue's counts per priority, so the board
/// never hides how many referrals wait beyond the page shown.
/// </summary>
/// <param name="Cursor">The page shown: null for the first page.</param>
public sealed record TriageBoardView(Page<Referral> Page, QueueCounts Counts, string? Cursor, DateTimeOffset Now)
{
    public static readonly string[] Priorities = ["emergency", "urgent", "routine"];

    /// <summary>The status a row's main button moves the referral to, when the user may: triage first, else the next step.</summary>
    public static string? MainMove(Referral referral) =>
        referral.NextStatuses.Contains("triaged") ? "triaged" : referral.NextStatuses.FirstOrDefault(s => s != "declined");

    /// <summary>A triaged referral's next step is a consult: booking one moves it to scheduled.</summary>
    public static bool MayBook(Referral referral) => referral.NextStatuses.Contains("scheduled");
}
