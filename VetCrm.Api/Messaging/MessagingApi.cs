using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using VetCrm.Api.Auth;
using VetCrm.Api.Commands;
using VetCrm.Api.Common;
using VetCrm.Data.Entities;
using VetCrm.Data.Records;

namespace VetCrm.Api.Messaging;

/// <summary>REST for message threads and attachments: each route reads its request, calls a query or command with the caller, and answers the outcome.</summary>
public static class MessagingApi
{
    public static IEndpointRouteBuilder MapMessagingApi(this IEndpointRouteBuilder routes)
    {
        var threads = routes.MapGroup("/api/message-threads").WithTags("Messages").RequireAuthorization(Policies.Staff);
        threads.MapGet("/", ListAsync).WithSummary("Message threads within reach, unread first, then by latest message; ?mine=true is my inbox, ?pet= a case's threads");
        threads.MapGet("/{id:guid}", GetAsync).WithSummary("One thread with its messages, files and receipts; a participant's fetch marks the messages delivered to it");
        threads.MapPost("/", CreateAsync).WithSummary("Start a thread on a pet's case with its first message; every participant must see the case")
            .Accepts<CreateThreadRequest>("application/json");
        threads.MapPost("/{id:guid}/messages", SendAsync)
            .WithSummary("Send a message as a participant: multipart/form-data with a 'body' part and optional 'attachments' files (PDF, PNG, JPEG or plain text, typed by their content)")
            .Accepts<SendMessageForm>("multipart/form-data")
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge).ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .DisableAntiforgery();
        threads.MapPost("/{id:guid}/read", MarkReadAsync).WithSummary("I opened the thread: mark its messages read by me (the senders see the receipt live)");

        var attachments = routes.MapGroup("/api/attachments").WithTags("Messages").RequireAuthorization(Policies.Staff);
        attachments.MapPost("/{id:guid}/link", LinkAsync).WithSummary("A short-lived signed download link for an attachment, for the caller only");
        attachments.MapGet("/{id:guid}", DownloadAsync)
            .WithSummary("Download an attachment with a signed link's token and the same caller's bearer token (audited)")
            .Produces<Stream>(StatusCodes.Status200OK, AttachmentContentTypes.All[0], AttachmentContentTypes.All[1..]);
        return routes;
    }

    private static async Task<Results<Ok<Page<ThreadView>>, ValidationProblem>> ListAsync(
        [AsParameters] ThreadListRequest request, ThreadQueries queries, HttpContext http, CancellationToken cancellationToken) =>
        CommandRoutes.Page(await queries.ListAsync(http.Actor(), request, cancellationToken));

    private static async Task<Results<Ok<ThreadView>, NotFoundProblem>> GetAsync(
        Guid id, ThreadQueries queries, HttpContext http, CancellationToken cancellationToken) =>
        await queries.GetAsync(http.Actor(), id, cancellationToken) is { } view ? TypedResults.Ok(view) : Problems.NotFound(RecordTypes.MessageThread);

    private static Task<Results<Created<ThreadView>, ValidationProblem, ConflictProblem, ProblemHttpResult>> CreateAsync(
        HttpRequest request, ThreadCommands commands, CancellationToken cancellationToken) =>
        CommandRoutes.CreateAsync<CreateThreadRequest, ThreadView>(request, commands.CreateAsync, "/api/message-threads", cancellationToken);

    private static async Task<Results<Created<MessageView>, ValidationProblem, ConflictProblem, ProblemHttpResult>> SendAsync(
        Guid id, HttpRequest request, ThreadCommands commands, IOptions<MessagingOptions> options, CancellationToken cancellationToken)
    {
        var (message, problem) = await MultipartMessage.ReadAsync(request, options.Value, cancellationToken);
        if (problem is not null) return problem;
        var outcome = await commands.SendAsync(request.HttpContext.Actor(), id, message!, cancellationToken);
        return outcome.ToCreated(view => $"/api/message-threads/{id}");
    }

    private static async Task<Results<Ok<ThreadView>, NotFoundProblem, ValidationProblem, ConflictProblem, ProblemHttpResult>> MarkReadAsync(
        Guid id, ThreadCommands commands, HttpContext http, CancellationToken cancellationToken) =>
        (await commands.MarkReadAsync(http.Actor(), id, cancellationToken)).ToOk();

    private static async Task<Results<Ok<AttachmentLinkView>, NotFoundProblem, ValidationProblem, ConflictProblem, ProblemHttpResult>> LinkAsync(
        Guid id, AttachmentDownloads downloads, HttpContext http, CancellationToken cancellationToken) =>
        (await downloads.LinkAsync(http.Actor(), id, cancellationToken)).ToOk();

    /// <summary>The file as an attachment (never shown inline), of its sniffed type, with nosniff so browsers keep to it.</summary>
    private static async Task<Results<FileContentHttpResult, NotFoundProblem, ValidationProblem, ProblemHttpResult>> DownloadAsync(
        Guid id, string? token, AttachmentDownloads downloads, HttpContext http, CancellationToken cancellationToken)
    {
        var outcome = await downloads.DownloadAsync(http.Actor(), id, token, cancellationToken);
        if (outcome.Value is not { } file)
        {
            return outcome.Refusal! switch
            {
                { Kind: RefusalKind.NotFound } refusal => Problems.NotFound(refusal.Detail),
                { Kind: RefusalKind.Invalid } refusal => Problems.Validation(refusal.Errors!, refusal.Detail),
                var refusal => TypedResults.Problem(refusal.Detail, statusCode: StatusCodes.Status403Forbidden, title: "Forbidden",
                    extensions: new Dictionary<string, object?> { ["errors"] = refusal.Errors?.ToDictionary() }),
            };
        }
        http.Response.Headers.XContentTypeOptions = "nosniff";
        return TypedResults.File(file.Data, file.ContentType, file.FileName);
    }
}
