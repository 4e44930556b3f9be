using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using VetCrm.Api.Auth;
using VetCrm.Api.Common;
using VetCrm.Api.History;
using VetCrm.Api.OpenApi;
using VetCrm.Data.Records;

namespace VetCrm.Api.Appointments;

/// <summary>REST for appointments and rooms: each route reads its request, calls a query or command with the caller, and answers the outcome.</summary>
public static class AppointmentApi
{
    public static IEndpointRouteBuilder MapAppointmentApi(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/rooms", RoomsAsync).WithTags("Appointments").RequireAuthorization(Policies.Staff)
            .WithSummary("The hospital's bookable rooms and machines (consult rooms, MRI, CT, theatres, ultrasound)");
        var appointments = routes.MapGroup("/api/appointments").WithTags("Appointments").RequireAuthorization(Policies.Staff);
        appointments.MapGet("/", ListAsync).WithSummary("Appointments, e.g. a day of one room: ?room={id}&from=…&to=…&include=pet,specialist");
        appointments.MapGet("/{id:guid}", GetAsync).WithSummary("Get one appointment (audited as a case read)");
        appointments.MapPost("/", CreateAsync).WithSummary("Book a specialist and a room; 409 naming the booking in the way when either is taken")
            .Accepts<CreateAppointmentRequest>("application/json");
        appointments.MapPatch("/{id:guid}", PatchAsync).WithSummary("Rebook (time, room, specialist, reason); `version` is required (409 when stale)")
            .Accepts<PatchAppointmentRequest>("application/json");
        appointments.MapPost("/{id:guid}/status", ChangeStatusAsync).WithSummary("Check in, no-show, complete or cancel, with a reason")
            .AcceptsStatusChange(RecordTypes.Appointment);
        appointments.MapPost("/{id:guid}/archive", ArchiveAsync).WithSummary("Archive an appointment (admin)");
        appointments.MapStatusHistory(RecordTypes.Appointment, (access, actor) => access.Appointments(actor));
        return routes;
    }

    private static async Task<Ok<RoomView[]>> RoomsAsync(AppointmentQueries queries, CancellationToken cancellationToken) =>
        TypedResults.Ok(await queries.RoomsAsync(cancellationToken));

    private static async Task<Results<Ok<Page<AppointmentView>>, ValidationProblem>> ListAsync(
        [AsParameters] AppointmentListRequest request, AppointmentQueries queries, HttpContext http, CancellationToken cancellationToken) =>
        CommandRoutes.Page(await queries.ListAsync(http.Actor(), request, cancellationToken));

    private static Task<Results<Ok<AppointmentView>, NotFoundProblem, ValidationProblem>> GetAsync(
        Guid id, string? include, AppointmentQueries queries, HttpContext http, CancellationToken cancellationToken) =>
        CommandRoutes.GetAsync(http, RecordTypes.Appointment, include, AppointmentView.Includable,
            (actor, includes, personalRead, token) => queries.GetAsync(actor, id, includes, personalRead, token), cancellationToken);

    private static Task<Results<Created<AppointmentView>, ValidationProblem, ConflictProblem, ProblemHttpResult>> CreateAsync(
        HttpRequest request, AppointmentCommands commands, CancellationToken cancellationToken) =>
        CommandRoutes.CreateAsync<CreateAppointmentRequest, AppointmentView>(request, commands.CreateAsync, "/api/appointments", cancellationToken);

    private static Task<Results<Ok<AppointmentView>, NotFoundProblem, ValidationProblem, ConflictProblem, ProblemHttpResult>> PatchAsync(
        Guid id, HttpRequest request, AppointmentCommands commands, CancellationToken cancellationToken) =>
        CommandRoutes.ChangeAsync<PatchAppointmentRequest, AppointmentView>(request, (actor, body, token) => commands.PatchAsync(actor, id, body, token),
            cancellationToken, PatchAppointmentRequest.Refused);

    private static Task<Results<Ok<AppointmentView>, NotFoundProblem, ValidationProblem, ConflictProblem, ProblemHttpResult>> ChangeStatusAsync(
        Guid id, HttpRequest request, AppointmentCommands commands, CancellationToken cancellationToken) =>
        CommandRoutes.ChangeAsync<StatusChangeRequest, AppointmentView>(request, (actor, body, token) => commands.ChangeStatusAsync(actor, id, body, token), cancellationToken);

    private static async Task<Results<Ok<AppointmentView>, NotFoundProblem, ValidationProblem, ConflictProblem, ProblemHttpResult>> ArchiveAsync(
        Guid id, AppointmentCommands commands, HttpContext http, CancellationToken cancellationToken) =>
        (await commands.ArchiveAsync(http.Actor(), id, cancellationToken)).ToOk();
}
