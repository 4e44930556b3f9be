using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using VetCrm.Web.ApiClient;
using VetCrm.Web.Auth;
using VetCrm.Web.Pages.Tasks;

namespace VetCrm.Web.Pages;

/// <summary>
/// The home page. Signed out: what VetCrm is. Signed in: the work for the user's role — the triage board
/// (coordinators, admins), my open tasks, my cases, reviews overdue or due within a week, and follow-ups still needed.
/// </summary>
public sealed class IndexModel(VetCrmApiClient api, TimeProvider time) : PageModel
{
    /// <summary>The page of the triage board to show (<c>?board=</c>): the queue is paged, never cut off.</summary>
    [BindProperty(SupportsGet = true, Name = "board")] public string? BoardCursor { get; set; }

    public TriageBoardView? TriageBoard { get; private set; }
    public IReadOnlyList<Pet>? MyPets { get; private set; }
    public IReadOnlyList<Referral>? MyReferrals { get; private set; }
    public IReadOnlyList<TreatmentPlan> OverdueReviews { get; private set; } = [];
    public IReadOnlyList<TreatmentPlan> DueSoonReviews { get; private set; } = [];
    public IReadOnlyList<Interaction> FollowUps { get; private set; } = [];
    public IReadOnlyList<CareTask> MyTasks { get; private set; } = [];
    public bool MoreTasks { get; private set; }
    public TaskListView MyTaskList => new(MyTasks, Now, "/", "No open tasks for you.");
    public DateTimeOffset Now { get; private set; }

    /// <summary>The home page shows the soonest due of the user's open tasks; the tasks page has them all.</summary>
    private const int MyTasksShown = 10;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Now = time.GetUtcNow();
        if (User.Identity?.IsAuthenticated != true || User.Role() is not { } role) return;

        var intake = User.May("workIntakeQueue");
        var board = intake ? api.GetQueueAsync(BoardCursor, cancellationToken) : null;
        var boardCounts = intake ? api.GetQueueCountsAsync(cancellationToken) : null;
        var myPets = role == StaffClaims.SpecialistRole ? api.ListPetsAsync(new PetQuery(AssignedSpecialist: User.UserId(), Limit: 50), cancellationToken) : null;
        var myReferrals = role == StaffClaims.CoordinatorRole ? api.ListReferralsAsync(new ReferralQuery(ReceivedBy: User.UserId()), cancellationToken) : null;
        var overdue = api.ListPlansAsync(new PlanQuery(PlanStatus: "active", Review: "overdue"), cancellationToken);
        var dueSoon = api.ListPlansAsync(new PlanQuery(PlanStatus: "active", Review: "dueSoon"), cancellationToken);
        var myTasks = api.ListTasksAsync(new TaskQuery(Mine: true, Status: "open", Limit: MyTasksShown), cancellationToken);
        var followUps = api.ListInteractionsAsync(new InteractionQuery(FollowUpNeeded: true, IncludePet: true), cancellationToken);

        TriageBoard = board is null || boardCounts is null ? null : new TriageBoardView(await board, await boardCounts, BoardCursor, Now);
        MyPets = myPets is null ? null : (await myPets).Items;
        MyReferrals = myReferrals is null ? null : (await myReferrals).Items.Where(r => r.NextStatuses.Count > 0).ToList();
        OverdueReviews = [.. (await overdue).Items.OrderBy(p => p.NextReviewDate)];
        DueSoonReviews = [.. (await dueSoon).Items.OrderBy(p => p.NextReviewDate)];
        FollowUps = (await followUps).Items;
        var tasks = await myTasks;
        MyTasks = tasks.Items;
        MoreTasks = tasks.NextCursor is not null;
    }
}
