using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Aspire.Hosting;

public static class ReadyAnnouncement
{
    /// <summary>Prints the resource's address on the AppHost's console once it is healthy: the one line a new user needs after the dashboard's.</summary>
    public static IResourceBuilder<ProjectResource> AnnounceWhenReady(this IResourceBuilder<ProjectResource> project, string what) =>
        project.OnResourceReady((resource, ready, _) =>
        {
            // The AppHost's console shows Aspire's own category at Information level.
            var logger = ready.Services.GetRequiredService<ILogger<DistributedApplication>>();
            logger.LogInformation("{What} is ready: {Url}", what, resource.GetEndpoint("http").Url);
            return Task.CompletedTask;
        });
}
