using System.Net.Http.Headers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using VetCrm.Data;
using VetCrm.Data.Entities;

namespace VetCrm.Api.Webhooks;

/// <summary>
/// Sends due deliveries: signed POSTs with the event and the record, retried with exponential backoff up to a bounded
/// number of attempts, each attempt's outcome kept on the delivery. Replicas share the work (<c>FOR UPDATE SKIP LOCKED</c>).
/// </summary>
public sealed class WebhookSender(IServiceScopeFactory scopes, IHttpClientFactory clients, WebhookSecrets secrets, IOptions<WebhookOptions> options,
    TimeProvider time, ILogger<WebhookSender> logger) : BackgroundService
{
    public const string ClientName = "webhooks";
    private const int BatchSize = 20;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var sent = 0;
            try
            {
                sent = await SendDueAsync(stoppingToken);
            }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogWarning("Webhook deliveries could not be sent, retrying: {Error}", exception.Message);
            }
            if (sent < BatchSize)
            {
                await Task.Delay(options.Value.PollInterval, time, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
            }
        }
    }

    private async Task<int> SendDueAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<VetCrmDbContext>();
        var payloads = scope.ServiceProvider.GetRequiredService<WebhookPayloads>();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var now = time.GetUtcNow();
        var due = await db.WebhookDeliveries
            .FromSql($"SELECT * FROM webhook_deliveries WHERE status = 'pending' AND next_attempt_at <= {now} ORDER BY next_attempt_at LIMIT {BatchSize} FOR UPDATE SKIP LOCKED")
            .ToListAsync(cancellationToken);
        if (due.Count == 0) return 0;
        var ids = due.Select(d => d.SubscriptionId).Distinct().ToArray();
        var subscriptions = await db.WebhookSubscriptions.AsNoTracking().Where(s => ids.Contains(s.Id)).ToDictionaryAsync(s => s.Id, cancellationToken);
        foreach (var delivery in due)
        {
            var subscription = subscriptions[delivery.SubscriptionId];
            await AttemptAsync(delivery, subscription, await payloads.BodyAsync(delivery, subscription.OwnerId, cancellationToken), cancellationToken);
        }
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return due.Count;
    }

    private async Task AttemptAsync(WebhookDelivery delivery, WebhookSubscription subscription, byte[] body, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var at = time.GetUtcNow();
        using var request = new HttpRequestMessage(HttpMethod.Post, subscription.Url) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        request.Headers.Add(WebhookSignature.Header, WebhookSignature.Sign(secrets.Unprotect(subscription.ProtectedSecret), at, body));
        request.Headers.Add("VetCrm-Event", delivery.EventType);
        request.Headers.Add("VetCrm-Delivery", delivery.Id.ToString());
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(settings.Timeout);
        delivery.Attempts++;
        delivery.LastAttemptAt = at;
        try
        {
            using var response = await clients.CreateClient(ClientName).SendAsync(request, timeout.Token);
            delivery.LastResponseCode = (int)response.StatusCode;
            delivery.LastError = response.IsSuccessStatusCode ? null : $"The receiver answered {(int)response.StatusCode}.";
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            delivery.LastResponseCode = null;
            delivery.LastError = exception is TaskCanceledException ? $"No answer within {settings.Timeout.TotalSeconds:0} s." : exception.Message[..Math.Min(exception.Message.Length, 1000)];
        }
        if (delivery.LastResponseCode is >= 200 and < 300)
        {
            delivery.Status = WebhookDeliveryStatuses.Succeeded;
            delivery.NextAttemptAt = null;
        }
        else if (delivery.Attempts >= settings.MaxAttempts)
        {
            delivery.Status = WebhookDeliveryStatuses.Failed;
            delivery.NextAttemptAt = null;
        }
        else
        {
            // Counted from the failure, not from the start of the attempt: a receiver that took its time to fail (or
            // never answered) still gets the whole pause before it is tried again.
            delivery.NextAttemptAt = time.GetUtcNow() + settings.FirstRetryDelay * Math.Pow(2, delivery.Attempts - 1);
        }
    }
}
