using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using VetCrm.Api.Auth;
using VetCrm.Api.Common;

namespace VetCrm.Api.Webhooks;

/// <summary>REST for webhook subscriptions and their deliveries (admin).</summary>
public static class WebhookApi
{
    public static IEndpointRouteBuilder MapWebhookApi(this IEndpointRouteBuilder routes)
    {
        var webhooks = routes.MapGroup("/api/webhooks").WithTags("Webhooks").RequireAuthorization(Policies.Admin);
        webhooks.MapPost("/", CreateAsync).WithSummary("Subscribe a URL to event types; the answer shows the signing secret, once").Accepts<CreateWebhookRequest>("application/json");
        webhooks.MapGet("/", ListAsync).WithSummary("Webhook subscriptions");
        webhooks.MapGet("/{id:guid}", GetAsync).WithSummary("One webhook subscription");
        webhooks.MapDelete("/{id:guid}", DeleteAsync).WithSummary("Unsubscribe (its deliveries go too)");
        webhooks.MapGet("/{id:guid}/deliveries", DeliveriesAsync).WithSummary("Deliveries, newest first, with status, attempts and the receiver's last answer");
        webhooks.MapPost("/{id:guid}/deliveries/{deliveryId:guid}/redeliver", RedeliverAsync).WithSummary("Attempt a delivery once more, now");
        return routes;
    }

    private static Task<Results<Created<WebhookView>, ValidationProblem, ConflictProblem, ProblemHttpResult>> CreateAsync(
        HttpRequest request, WebhookCommands commands, CancellationToken cancellationToken) =>
        CommandRoutes.CreateAsync<CreateWebhookRequest, WebhookView>(request, commands.CreateAsync, "/api/webhooks", cancellationToken);

    private static async Task<Results<Ok<Page<WebhookView>>, NotFoundProblem, ValidationProblem, ConflictProblem, ProblemHttpResult>> ListAsync(
        WebhookQueries queries, HttpContext http, CancellationToken cancellationToken) =>
        (await queries.ListAsync(http.Actor(), cancellationToken)).ToOk();

    private static async Task<Results<Ok<WebhookView>, NotFoundProblem, ValidationProblem, ConflictProblem, ProblemHttpResult>> GetAsync(
        Guid id, WebhookQueries queries, HttpContext http, CancellationToken cancellationToken) =>
        (await queries.GetAsync(http.Actor(), id, cancellationToken)).ToOk();

    private static async Task<Results<NoContent, NotFoundProblem, ProblemHttpResult>> DeleteAsync(
        Guid id, WebhookCommands commands, HttpContext http, CancellationToken cancellationToken) =>
        await commands.DeleteAsync(http.Actor(), id, cancellationToken) switch
        {
            null => TypedResults.NoContent(),
            { Kind: Commands.RefusalKind.NotFound } refusal => Problems.NotFound(refusal.Detail),
            var refusal => Problems.Forbidden(refusal.Detail),
        };

    private static async Task<Results<Ok<Page<WebhookDeliveryView>>, NotFoundProblem, ValidationProblem, ConflictProblem, ProblemHttpResult>> DeliveriesAsync(
        Guid id, [AsParameters] WebhookDeliveryListRequest request, WebhookQueries queries, HttpContext http, CancellationToken cancellationToken) =>
        (await queries.DeliveriesAsync(http.Actor(), id, request, cancellationToken)).ToOk();

    private static async Task<Results<Ok<WebhookDeliveryView>, NotFoundProblem, ValidationProblem, ConflictProblem, ProblemHttpResult>> RedeliverAsync(
        Guid id, Guid deliveryId, WebhookCommands commands, HttpContext http, CancellationToken cancellationToken) =>
        (await commands.RedeliverAsync(http.Actor(), id, deliveryId, cancellationToken)).ToOk();
}
