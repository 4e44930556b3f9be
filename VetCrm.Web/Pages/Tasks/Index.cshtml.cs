using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using VetCrm.Web.ApiClient;

namespace VetCrm.Web.Pages.Tasks;

/// <summary>
/// Tasks, soonest due first, a page at a time: the user's own or every task they can see. Its handlers (done, snooze,
/// reopen) also serve the home page's "My tasks"; each sends the version shown, so a task changed meanwhile is not overwritten.
/// </summary>
public sealed class IndexModel(VetCrmApiClient api, TimeProvider time) : PageModel
{
    public static readonly string[] Statuses = ["open", "snoozed", "done"];
    private static readonly TimeSpan SnoozeFor = TimeSpan.FromDays(1);

    [BindProperty(SupportsGet = true)] public string Scope { get; set; } = "mine";
    [BindProperty(SupportsGet = true)] public string? Status { get; set; } = "open";
    [BindProperty(SupportsGet = true)] public string? Cursor { get; set; }

    public IReadOnlyList<CareTask> Tasks { get; private set; } = [];
    public string? NextCursor { get; private set; }
    public DateTimeOffset Now { get; private set; }
    public string ReturnUrl => Request.Path + Request.QueryString;
    public TaskListView TaskList => new(Tasks, Now, ReturnUrl, Scope == "mine" ? "No tasks for you here." : "No tasks here.");

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Now = time.GetUtcNow();
        if (Scope != "all") Scope = "mine";
        if (Status is not null && !Statuses.Contains(Status)) Status = null;
        var page = await api.ListTasksAsync(new TaskQuery(Mine: Scope == "mine", Status: Status, Cursor: Cursor), cancellationToken);
        Tasks = page.Items;
        NextCursor = page.NextCursor;
    }

    public Task<IActionResult> OnPostDoneAsync(Guid id, uint version, string? returnUrl, CancellationToken cancellationToken) =>
        ChangeAsync(() => api.CompleteTaskAsync(id, version, cancellationToken), "done", returnUrl);

    public Task<IActionResult> OnPostSnoozeAsync(Guid id, uint version, string? returnUrl, CancellationToken cancellationToken) =>
        ChangeAsync(() => api.SnoozeTaskAsync(id, version, time.GetUtcNow() + SnoozeFor, cancellationToken), "snoozed for a day", returnUrl);

    public Task<IActionResult> OnPostReopenAsync(Guid id, uint version, string? returnUrl, CancellationToken cancellationToken) =>
        ChangeAsync(() => api.ReopenTaskAsync(id, version, cancellationToken), "reopened", returnUrl);

    private async Task<IActionResult> ChangeAsync(Func<Task<CareTask>> change, string what, string? returnUrl)
    {
        try
        {
            var task = await change();
            TempData["Flash"] = $"\"{task.Title}\" {what}.";
        }
        catch (ApiProblemException problem) when (problem.IsStale || problem.IsValidation)
        {
            TempData["Flash"] = problem.IsStale ? "Someone changed this task meanwhile; here it is as it is now." : problem.Detail ?? problem.Message;
        }
        return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl : "/Tasks");
    }
}
