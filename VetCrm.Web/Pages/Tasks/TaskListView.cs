using VetCrm.Web.ApiClient;

namespace VetCrm.Web.Pages.Tasks;

/// <summary>What the task list partial shows: the tasks, the time they are judged overdue against, and where the buttons come back to.</summary>
public sealed record TaskListView(IReadOnlyList<CareTask> Tasks, DateTimeOffset Now, string ReturnUrl, string EmptyText);
