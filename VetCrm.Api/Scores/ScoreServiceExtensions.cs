namespace VetCrm.Api.Scores;

public static class ScoreServiceExtensions
{
    /// <summary>Score and score-type commands, queries and access, threshold tasks, and the <c>Scores</c> options (correction window).</summary>
    public static IHostApplicationBuilder AddVetCrmScores(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<ScoreOptions>().BindConfiguration(ScoreOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddScoped<ScoreAccess>();
        builder.Services.AddScoped<ScoreCommands>();
        builder.Services.AddScoped<ScoreQueries>();
        builder.Services.AddScoped<ThresholdTasks>();
        builder.Services.AddScoped<ScoreTypeCommands>();
        builder.Services.AddScoped<ScoreTypeQueries>();
        return builder;
    }
}
