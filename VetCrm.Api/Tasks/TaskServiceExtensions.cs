namespace VetCrm.Api.Tasks;

public static class TaskServiceExtensions
{
    /// <summary>Task commands, queries and access, and the <c>Tasks</c> options (default due time, follow-up assignee).</summary>
    public static IHostApplicationBuilder AddVetCrmTasks(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<TaskOptions>().BindConfiguration(TaskOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddScoped<TaskAccess>();
        builder.Services.AddScoped<TaskCommands>();
        builder.Services.AddScoped<TaskQueries>();
        builder.Services.AddScoped<FollowUpTasks>();
        return builder;
    }
}
