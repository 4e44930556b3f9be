using Aspire.Hosting.ApplicationModel;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using VetCrm.Data;
using VetCrm.Data.Auditing;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using VetCrm.Worker.Reminders;

namespace VetCrm.Bench;

public sealed record ScanResult(int ActivePlans, int Overdue, TimeSpan FirstScan, TimeSpan SteadyScan, string Plan, TimeSpan LoadTime);

/// <summary>
/// The worker's scan over many active plans with 1% overdue: the first scan flags them all, the next one finds
/// nothing new. Runs the worker's own <see cref="ReminderScanner"/> against the stack's database (worker stopped).
/// </summary>
public static class ReminderScanBench
{
    public static async Task<ScanResult> RunAsync(StackUnderTest stack, int activePlans)
    {
        var worker = stack.ProcessId("worker");
        try
        {
            await stack.ExecuteCommandAsync("worker", KnownResourceCommands.StopCommand);
        }
        catch (InvalidOperationException failed)
        {
            // The orchestrator gives up on a stop after about 12 s and then never reports it exited, though
            // the worker, busy with its own first scan, goes on to exit: whether its process is gone is what counts.
            Console.WriteLine($"   {failed.Message}; waiting for the worker's process to exit");
        }
        // The worker's own scan must be over before the timed ones start.
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (Directory.Exists($"/proc/{worker}"))
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"The worker (pid {worker}) did not exit.");
            await Task.Delay(TimeSpan.FromMilliseconds(200));
        }
        // Only the generated plans are active, so the counts are exactly what the table says.
        await stack.ExecuteAsync("UPDATE treatment_plans SET plan_status = 'completed' WHERE plan_status = 'active'");
        var (pet, referral, specialist) = (
            await stack.ScalarAsync<Guid>("SELECT pet_id FROM treatment_plans LIMIT 1"),
            await stack.ScalarAsync<Guid>("SELECT referral_id FROM treatment_plans LIMIT 1"),
            await stack.ScalarAsync<Guid>("SELECT created_by_user_id FROM treatment_plans LIMIT 1"));
        var loading = Stopwatch.StartNew();
        // As the superuser, with the foreign-key triggers off for this session (session_replication_role): the references
        // are taken from an existing plan, and checking them ten million times made the load take tens of minutes.
        await stack.ExecuteAsync($"""
            SET session_replication_role = replica;
            INSERT INTO treatment_plans (id, plan_title, pet_id, referral_id, diagnosis_notes, plan_status, next_review_date,
                client_instructions, created_by_user_id, revision, created_at, updated_at, created_by_id)
            SELECT gen_random_uuid(), 'Bench plan ' || n, '{pet}', '{referral}', 'Bench', 'active',
                CASE WHEN n % 100 = 0 THEN current_date - 1 - (n % 7) ELSE current_date + 1 + (n % 90) END,
                'Rest', '{specialist}', 1, now(), now(), '{specialist}'
            FROM generate_series(1, {activePlans}) AS n;
            RESET session_replication_role;
            """, stack.SuperuserDatabaseConnectionString);
        // What a bulk load is followed by in production too (autovacuum would start on it mid-measurement otherwise); the
        // visibility map it writes is what lets the scan and its counts read the index alone. As the superuser (only the
        // table's owner may vacuum it), and on its own: VACUUM cannot run in a transaction.
        await stack.ExecuteAsync("VACUUM (ANALYZE) treatment_plans", stack.SuperuserDatabaseConnectionString);
        var loadTime = loading.Elapsed;

        var actor = new SystemAuditActor();
        var pipeline = new ServiceCollection().AddSingleton<IAuditActor>(actor).AddSingleton(TimeProvider.System).AddSavePipeline()
            .BuildServiceProvider().GetServices<IInterceptor>();
        var options = new DbContextOptionsBuilder<VetCrmDbContext>().UseNpgsql(stack.DatabaseConnectionString).AddInterceptors(pipeline).Options;
        async Task<(TimeSpan Elapsed, int Flagged)> ScanAsync()
        {
            await using var db = new VetCrmDbContext(options);
            var scanner = new ReminderScanner(db, actor, TimeProvider.System, Options.Create(new ReminderOptions()), NullLogger<ReminderScanner>.Instance);
            var started = Stopwatch.GetTimestamp();
            var result = await scanner.ScanAsync(CancellationToken.None);
            return (Stopwatch.GetElapsedTime(started), result.Flagged);
        }
        var first = await ScanAsync();
        var steady = await ScanAsync();
        var plan = await ExplainAsync(stack);
        await stack.ExecuteCommandAsync("worker", KnownResourceCommands.StartCommand);
        return new ScanResult(activePlans, first.Flagged, first.Elapsed, steady.Elapsed, plan, loadTime);
    }

    /// <summary>The plan PostgreSQL chooses for the worker's own query for unflagged overdue plans, with its parameters as literals.</summary>
    private static Task<string> ExplainAsync(StackUnderTest stack)
    {
        var query = ReminderScanner.FindUnflaggedPlans(DateOnly.FromDateTime(DateTime.UtcNow), new ReminderOptions().BatchSize, ReminderScanner.ScanStart);
        var literals = query.GetArguments().Select(a => (object)(a switch
        {
            DateOnly day => $"'{day:yyyy-MM-dd}'",
            Guid id => $"'{id}'",
            _ => $"{a}",
        })).ToArray();
        return stack.ExplainAsync(string.Format(query.Format, literals));
    }
}
