namespace VetCrm.Api.Webhooks;

public static class WebhookServiceExtensions
{
    /// <summary>Subscriptions, the payloads, the secrets' protector and the sender; the outbox dispatcher adds the deliveries.</summary>
    public static IHostApplicationBuilder AddVetCrmWebhooks(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<WebhookOptions>().Bind(builder.Configuration.GetSection(WebhookOptions.Section));
        builder.Services.AddSingleton<WebhookSecrets>();
        builder.Services.AddScoped<WebhookCommands>();
        builder.Services.AddScoped<WebhookQueries>();
        builder.Services.AddScoped<WebhookPayloads>();
        // The sender counts and spaces its own attempts: the default resilience handler's retries would hide them.
#pragma warning disable EXTEXP0001 // RemoveAllResilienceHandlers is marked for evaluation; it is the documented way to opt one client out.
        builder.Services.AddHttpClient(WebhookSender.ClientName).RemoveAllResilienceHandlers();
#pragma warning restore EXTEXP0001
        builder.Services.AddHostedService<WebhookSender>();
        return builder;
    }
}
