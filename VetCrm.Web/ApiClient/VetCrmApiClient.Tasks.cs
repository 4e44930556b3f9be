namespace VetCrm.Web.ApiClient;

/// <summary>Tasks and the notification centre.</summary>
public sealed partial class VetCrmApiClient
{
    // Tasks

    public Task<Page<CareTask>> ListTasksAsync(TaskQuery query, CancellationToken cancellationToken) =>
        GetAsync<Page<CareTask>>("/api/tasks", new()
        {
            ["mine"] = query.Mine ? "true" : null, ["status"] = query.Status, ["pet"] = query.Pet?.ToString(), ["cursor"] = query.Cursor,
            ["limit"] = query.Limit.ToString(), ["include"] = "pet,assignee",
        }, cancellationToken);

    public Task<CareTask> GetTaskAsync(Guid id, CancellationToken cancellationToken) =>
        GetAsync<CareTask>($"/api/tasks/{id}", new() { ["include"] = "pet,assignee" }, cancellationToken);

    public Task<CareTask> CompleteTaskAsync(Guid id, uint version, CancellationToken cancellationToken) =>
        SendAsync<CareTask>(HttpMethod.Post, $"/api/tasks/{id}/done", new { version }, cancellationToken);

    public Task<CareTask> SnoozeTaskAsync(Guid id, uint version, DateTimeOffset until, CancellationToken cancellationToken) =>
        SendAsync<CareTask>(HttpMethod.Post, $"/api/tasks/{id}/snooze", new { version, until }, cancellationToken);

    public Task<CareTask> ReopenTaskAsync(Guid id, uint version, CancellationToken cancellationToken) =>
        SendAsync<CareTask>(HttpMethod.Post, $"/api/tasks/{id}/status", new { version, status = "open" }, cancellationToken);

    public Task<CareTask> ReassignTaskAsync(Guid id, uint version, Guid? assignee, CancellationToken cancellationToken) =>
        SendAsync<CareTask>(HttpMethod.Post, $"/api/tasks/{id}/reassign", new { version, assignee = assignee is { } user ? new IdRef(user) : null }, cancellationToken);

    // Notifications

    public Task<Page<Notification>> ListNotificationsAsync(bool unreadOnly, string? cursor, CancellationToken cancellationToken) =>
        GetAsync<Page<Notification>>("/api/notifications", new() { ["unread"] = unreadOnly ? "true" : null, ["cursor"] = cursor, ["limit"] = "25" }, cancellationToken);

    public Task<NotificationCount> CountUnreadNotificationsAsync(CancellationToken cancellationToken) =>
        GetAsync<NotificationCount>("/api/notifications/count", [], cancellationToken);

    public Task<Notification> MarkNotificationReadAsync(Guid id, CancellationToken cancellationToken) =>
        SendAsync<Notification>(HttpMethod.Post, $"/api/notifications/{id}/read", null, cancellationToken);

    public Task<NotificationCount> MarkAllNotificationsReadAsync(CancellationToken cancellationToken) =>
        SendAsync<NotificationCount>(HttpMethod.Post, "/api/notifications/read-all", null, cancellationToken);
}
