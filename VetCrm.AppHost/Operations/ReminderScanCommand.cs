namespace Aspire.Hosting;

public static class ReminderScanCommand
{
    /// <summary>The header the worker reads the operator key from; without the key its scan endpoint answers 404.</summary>
    public const string OperatorKeyHeader = "X-Operator-Key";

    /// <summary>"Run reminder scan now" on the worker: an operator need not wait for the next interval after fixing data.</summary>
    public static IResourceBuilder<ProjectResource> WithReminderScanCommand(this IResourceBuilder<ProjectResource> worker, IResourceBuilder<ParameterResource> operatorKey) =>
        worker.WithEnvironment("Operations__Key", operatorKey)
            .WithHttpCommand("/operations/reminder-scan", "Run reminder scan now", commandName: "run-reminder-scan", commandOptions: new HttpCommandOptions
            {
                Description = "Flags every overdue treatment-plan review now instead of at the next scan interval.",
                IconName = "ClockAlarm",
                PrepareRequest = async context =>
                    context.Request.Headers.Add(OperatorKeyHeader, await operatorKey.Resource.GetValueAsync(context.CancellationToken)),
            });
}
