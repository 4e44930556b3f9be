namespace VetCrm.Api.Notifications;

public static class NotificationServiceExtensions
{
    /// <summary>The notification centre: its reads and commands, and the deriver the outbox dispatcher runs on each batch.</summary>
    public static IHostApplicationBuilder AddVetCrmNotifications(this IHostApplicationBuilder builder)
    {
        builder.Services.AddScoped<NotificationQueries>();
        builder.Services.AddScoped<NotificationCommands>();
        builder.Services.AddScoped<NotificationDeriver>();
        return builder;
    }
}
