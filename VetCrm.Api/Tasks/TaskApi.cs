using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using VetCrm.Api.Auth;
using VetCrm.Api.Common;
using VetCrm.Api.History;
using VetCrm.Data;
using VetCrm.Data.Records;

namespace VetCrm.Api.Tasks;

/// <summary>REST for tasks: each route reads its request, calls a query or command with the caller, and answers the outcome.</summary>
public static class TaskApi
{
    public static IEndpointRouteBuilder MapTaskApi(this IEndpointRouteBuilder routes)
    {
        var tasks = routes.MapGroup("/api/tasks").WithTags("Tasks").RequireAuthorization(Policies.Staff);
        tasks.MapGet("/", ListAsync).WithSummary("Tasks, soonest due first; ?mine=true&status=open gives my open tasks, ?due=overdue the overdue ones");
        tasks.MapGet("/{id:guid}", GetAsync).WithSummary("Get one task (audited as a case read)");
        tasks.MapPost("/", CreateAsync).WithSummary("Create a task on a pet's case").Accepts<CreateTaskRequest>("application/json");
        tasks.MapPatch("/{id:guid}", PatchAsync).WithSummary("Update title, dueAt, assignee or referral; `version` is required (409 when stale)").Accepts<PatchTaskRequest>("application/json");
        tasks.MapPost("/{id:guid}/status", ChangeStatusAsync).WithSummary("Move the task: open, snoozed (with snoozedUntil) or done; `version` is required").Accepts<TaskStatusRequest>("application/json");
        tasks.MapPost("/{id:guid}/done", CompleteAsync).WithSummary("Mark the task done; `version` is required").Accepts<CompleteTaskRequest>("application/json");
        tasks.MapPost("/{id:guid}/snooze", SnoozeAsync).WithSummary("Put the task off until a later time; `version` is required").Accepts<SnoozeTaskRequest>("application/json");
        tasks.MapPost("/{id:guid}/reassign", ReassignAsync).WithSummary("Give the task to another staff member who can see the case; `version` is required").Accepts<ReassignTaskRequest>("application/json");
        tasks.MapPost("/{id:guid}/archive", ArchiveAsync).WithSummary("Archive a task (admin)");
        tasks.MapGet("/{id:guid}/status-history", StatusHistoryAsync).WithSummary("Status changes with who, when and why");
        return routes;
    }

    private static async Task<Results<Ok<Page<StatusChangeView>>, NotFoundProblem>> StatusHistoryAsync(
        Guid id, VetCrmDbContext db, TaskAccess access, HttpContext http, CancellationToken cancellationToken) =>
        await StatusHistoryQuery.ReadAsync(db, RecordTypes.CareTask, access.Tasks(http.Actor()), id, cancellationToken) is { } page
            ? TypedResults.Ok(page) : Problems.NotFound(RecordTypes.CareTask);

    private static async Task<Results<Ok<Page<TaskView>>, ValidationProblem>> ListAsync(
        [AsParameters] TaskListRequest request, TaskQueries queries, HttpContext http, CancellationToken cancellationToken) =>
        CommandRoutes.Page(await queries.ListAsync(http.Actor(), request, cancellationToken));

    private static Task<Results<Ok<TaskView>, NotFoundProblem, ValidationProblem>> GetAsync(
        Guid id, string? include, TaskQueries queries, HttpContext http, CancellationToken cancellationToken) =>
        CommandRoutes.GetAsync(http, RecordTypes.CareTask, include, TaskView.Includable,
            (actor, includes, personalRead, token) => queries.GetAsync(actor, id, includes, personalRead, token), cancellationToken);

    private static Task<Results<Created<TaskView>, ValidationProblem, ConflictProblem, ProblemHttpResult>> CreateAsync(
        HttpRequest request, TaskCommands commands, CancellationToken cancellationToken) =>
        CommandRoutes.CreateAsync<CreateTaskRequest, TaskView>(request, commands.CreateAsync, "/api/tasks", cancellationToken);

    private static Task<Results<Ok<TaskView>, NotFoundProblem, ValidationProblem, ConflictProblem, ProblemHttpResult>> PatchAsync(
        Guid id, HttpRequest request, TaskCommands commands, CancellationToken cancellationToken) =>
        CommandRoutes.ChangeAsync<PatchTaskRequest, TaskView>(request, (actor, body, token) => commands.PatchAsync(actor, id, body, token),
            cancellationToken, PatchTaskRequest.Refused);

    private static Task<Results<Ok<TaskView>, NotFoundProblem, ValidationProblem, ConflictProblem, ProblemHttpResult>> ChangeStatusAsync(
        Guid id, HttpRequest request, TaskCommands commands, CancellationToken cancellationToken) =>
        CommandRoutes.ChangeAsync<TaskStatusRequest, TaskView>(request, (actor, body, token) => commands.ChangeStatusAsync(actor, id, body, token), cancellationToken);

    private static Task<Results<Ok<TaskView>, NotFoundProblem, ValidationProblem, ConflictProblem, ProblemHttpResult>> CompleteAsync(
        Guid id, HttpRequest request, TaskCommands commands, CancellationToken cancellationToken) =>
        CommandRoutes.ChangeAsync<CompleteTaskRequest, TaskView>(request, (actor, body, token) => commands.CompleteAsync(actor, id, body, token), cancellationToken);

    private static Task<Results<Ok<TaskView>, NotFoundProblem, ValidationProblem, ConflictProblem, ProblemHttpResult>> SnoozeAsync(
        Guid id, HttpRequest request, TaskCommands commands, CancellationToken cancellationToken) =>
        CommandRoutes.ChangeAsync<SnoozeTaskRequest, TaskView>(request, (actor, body, token) => commands.SnoozeAsync(actor, id, body, token), cancellationToken);

    private static Task<Results<Ok<TaskView>, NotFoundProblem, ValidationProblem, ConflictProblem, ProblemHttpResult>> ReassignAsync(
        Guid id, HttpRequest request, TaskCommands commands, CancellationToken cancellationToken) =>
        CommandRoutes.ChangeAsync<ReassignTaskRequest, TaskView>(request, (actor, body, token) => commands.ReassignAsync(actor, id, body, token), cancellationToken);

    private static async Task<Results<Ok<TaskView>, NotFoundProblem, ValidationProblem, ConflictProblem, ProblemHttpResult>> ArchiveAsync(
        Guid id, TaskCommands commands, HttpContext http, CancellationToken cancellationToken) =>
        (await commands.ArchiveAsync(http.Actor(), id, cancellationToken)).ToOk();
}
