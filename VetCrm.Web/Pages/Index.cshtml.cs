using Microsoft.AspNetCore.Mvc.RazorPages;
using VetCrm.Web.ApiClient;
using VetCrm.Web.Auth;

namespace VetCrm.Web.Pages;

/// <summary>
/// The home page. Signed out: what VetCrm is. Signed in: the work for the user's role — the triage board
/// (coordinators, admins), my cases, reviews overdue or due within a week, and follow-ups still needed.
/// </summary>
public sealed class IndexModel(VetCrmApiClient api, TimeProvider time) : PageModel
{
    public const int DueSoonDays = 7;

    public IReadOnlyList<Referral>? TriageBoard { get; private set; }
    public IReadOnlyList<Pet>? MyPets { get; private set; }
    public IReadOnlyList<Referral>? MyReferrals { get; private set; }
    public IReadOnlyList<TreatmentPlan> OverdueReviews { get; private set; } = [];
    public IReadOnlyList<TreatmentPlan> DueSoonReviews { get; private set; } = [];
    public IReadOnlyList<Interaction> FollowUps { get; private set; } = [];
    public DateTimeOffset Now { get; private set; }
    public DateOnly Today => DateOnly.FromDateTime(Now.UtcDateTime);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Now = time.GetUtcNow();
        if (User.Identity?.IsAuthenticated != true || User.Role() is not { } role) return;

        var board = User.May("workIntakeQueue") ? api.GetQueueAsync(null, cancellationToken) : null;
        var myPets = role == StaffClaims.SpecialistRole ? api.ListPetsAsync(new PetQuery(AssignedSpecialist: User.UserId(), Limit: 50), cancellationToken) : null;
        var myReferrals = role == StaffClaims.CoordinatorRole ? api.ListReferralsAsync(new ReferralQuery(ReceivedBy: User.UserId()), cancellationToken) : null;
        var activePlans = api.ListPlansAsync(new PlanQuery(PlanStatus: "active"), cancellationToken);
        var followUps = api.ListInteractionsAsync(new InteractionQuery(FollowUpNeeded: true, IncludePet: true), cancellationToken);

        TriageBoard = board is null ? null : (await board).Items;
        MyPets = myPets is null ? null : (await myPets).Items;
        MyReferrals = myReferrals is null ? null : (await myReferrals).Items.Where(r => r.NextStatuses.Count > 0).ToList();
        var withReview = (await activePlans).Items.Where(p => p.NextReviewDate is not null).OrderBy(p => p.NextReviewDate).ToList();
        OverdueReviews = withReview.Where(p => p.NextReviewDate < Today).ToList();
        DueSoonReviews = withReview.Where(p => p.NextReviewDate >= Today && p.NextReviewDate <= Today.AddDays(DueSoonDays)).ToList();
        FollowUps = (await followUps).Items;
    }
}
