using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using VetCrm.Api.Auth;
using VetCrm.Api.Common;

namespace VetCrm.Api.Notifications;

/// <summary>REST for the caller's notification centre.</summary>
public static class NotificationApi
{
    public static IEndpointRouteBuilder MapNotificationApi(this IEndpointRouteBuilder routes)
    {
        var notifications = routes.MapGroup("/api/notifications").WithTags("Notifications").RequireAuthorization(Policies.Staff);
        notifications.MapGet("/", ListAsync).WithSummary("My notifications, newest first; ?unread=true for the unread ones");
        notifications.MapGet("/count", CountAsync).WithSummary("How many of my notifications are unread");
        notifications.MapPost("/{id:guid}/read", MarkReadAsync).WithSummary("Mark one of my notifications read");
        notifications.MapPost("/read-all", MarkAllReadAsync).WithSummary("Mark all my notifications read; answers the unread count (0)");
        return routes;
    }

    private static async Task<Results<Ok<Page<NotificationView>>, ValidationProblem>> ListAsync(
        [AsParameters] NotificationListRequest request, NotificationQueries queries, HttpContext http, CancellationToken cancellationToken) =>
        CommandRoutes.Page(await queries.ListAsync(http.Actor(), request, cancellationToken));

    private static async Task<Ok<NotificationCount>> CountAsync(NotificationQueries queries, HttpContext http, CancellationToken cancellationToken) =>
        TypedResults.Ok(await queries.CountAsync(http.Actor(), cancellationToken));

    private static async Task<Results<Ok<NotificationView>, NotFoundProblem, ValidationProblem, ConflictProblem, ProblemHttpResult>> MarkReadAsync(
        Guid id, NotificationCommands commands, HttpContext http, CancellationToken cancellationToken) =>
        (await commands.MarkReadAsync(http.Actor(), id, cancellationToken)).ToOk();

    private static async Task<Ok<NotificationCount>> MarkAllReadAsync(NotificationCommands commands, HttpContext http, CancellationToken cancellationToken) =>
        TypedResults.Ok(await commands.MarkAllReadAsync(http.Actor(), cancellationToken));
}
