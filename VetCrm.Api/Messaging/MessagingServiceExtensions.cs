namespace VetCrm.Api.Messaging;

public static class MessagingServiceExtensions
{
    /// <summary>Thread commands, queries, receipts, signed attachment links, and the <c>Messaging</c> options (file limits, link lifetime).</summary>
    public static IHostApplicationBuilder AddVetCrmMessaging(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<MessagingOptions>().BindConfiguration(MessagingOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddScoped<ThreadQueries>();
        builder.Services.AddScoped<ThreadCommands>();
        builder.Services.AddScoped<ThreadReceipts>();
        builder.Services.AddScoped<AttachmentDownloads>();
        builder.Services.AddSingleton<AttachmentLinks>();
        return builder;
    }
}
