using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Aspire.Hosting;

public static class ResetDemoDataCommand
{
    /// <summary>
    /// "Reset demo data" on the API: stops it, recreates the database, and starts it again, so that it migrates and
    /// seeds a fresh demo hospital. Everyone is logged out (sessions live in the database).
    /// </summary>
    public static IResourceBuilder<ProjectResource> WithResetDemoDataCommand(this IResourceBuilder<ProjectResource> api,
        IResourceBuilder<LocalPostgresServerResource> postgres, IResourceBuilder<LocalPostgresDatabaseResource> database)
    {
        // Aspire runs a command once per replica; the reset is for the whole API, so one run serves them all.
        var oneAtATime = new SemaphoreSlim(1, 1);
        var lastResetAt = DateTime.MinValue;
        return api.WithCommand("reset-demo-data", "Reset demo data", async context =>
        {
            var requestedAt = DateTime.UtcNow;
            await oneAtATime.WaitAsync(context.CancellationToken);
            try
            {
                if (lastResetAt > requestedAt) return CommandResults.Success();
                var result = await ResetAsync(context);
                if (result.Success) lastResetAt = DateTime.UtcNow;
                return result;
            }
            finally
            {
                oneAtATime.Release();
            }
        }, new CommandOptions
        {
            Description = "Deletes every record and starts again from the demo hospital.",
            ConfirmationMessage = "Delete all data and reseed the demo hospital? Everyone will be logged out.",
            IconName = "ArrowReset",
        });

        async Task<ExecuteCommandResult> ResetAsync(ExecuteCommandContext context)
        {
            var commands = context.Services.GetRequiredService<ResourceCommandService>();
            var stopped = await commands.ExecuteCommandAsync(api.Resource, KnownResourceCommands.StopCommand, context.CancellationToken);
            if (!stopped.Success) return stopped;

            var server = await ((IResourceWithConnectionString)postgres.Resource).GetConnectionStringAsync(context.CancellationToken);
            await using (var connection = new NpgsqlConnection(server + ";Database=postgres;Pooling=false"))
            {
                await connection.OpenAsync(context.CancellationToken);
                var name = database.Resource.DatabaseName.Replace("\"", "\"\"");
                // FORCE ends the worker's sessions too; it reconnects at its next scan.
                await using (var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection)) await drop.ExecuteNonQueryAsync(context.CancellationToken);
            }
            // Created again with its owner and application roles and their privileges.
            await LocalPostgresDatabaseRoles.PrepareAsync(database.Resource, context.Logger, context.CancellationToken);
            context.Logger.LogInformation("Database {Database} recreated; starting the API to migrate and seed it", database.Resource.DatabaseName);

            return await commands.ExecuteCommandAsync(api.Resource, KnownResourceCommands.StartCommand, context.CancellationToken);
        }
    }
}
