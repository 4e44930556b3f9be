using System.Diagnostics;
using VetCrm.Data.Entities;
using VetCrm.Data.Records;

namespace VetCrm.Bench;

public sealed record BurstResult(int Events, TimeSpan Drained, TimeSpan ApiCpu);

/// <summary>
/// A burst of live events as the worker's morning scan commits them: <c>plan.overdue</c> for thousands of plans at once,
/// each a notice for its pet's specialist. Timed from their commit until the API's dispatcher has sent them all (the
/// audience, the notices, SignalR through Redis), with the API's CPU meanwhile.
/// </summary>
public static class NoticeBurstBench
{
    private static readonly TimeSpan Deadline = TimeSpan.FromMinutes(5);

    public static async Task<BurstResult> RunAsync(StackUnderTest stack, int events)
    {
        await stack.WaitUntilQuietAsync();
        var sent = (int)await stack.ScalarAsync<long>($"SELECT least(count(*), {events}) FROM treatment_plans");
        var cpuBefore = stack.CpuTime("api");
        var started = Stopwatch.GetTimestamp();
        await stack.ExecuteAsync($"""
            INSERT INTO outbox_messages (id, type, entity_type, entity_id, pet_id, affects_intake_queue, created_at)
            SELECT gen_random_uuid(), '{LiveEventTypes.PlanOverdue}', '{RecordTypes.TreatmentPlan.Name}', p.id, p.pet_id, false, now()
            FROM (SELECT id, pet_id FROM treatment_plans ORDER BY id LIMIT {events}) AS p
            """);
        while (await stack.ScalarAsync<long>("SELECT count(*) FROM outbox_messages WHERE dispatched_at IS NULL") > 0)
        {
            if (Stopwatch.GetElapsedTime(started) > Deadline) throw new TimeoutException($"{sent} live events were not sent within {Deadline}.");
            await Task.Delay(TimeSpan.FromMilliseconds(50));
        }
        return new BurstResult(sent, Stopwatch.GetElapsedTime(started), stack.CpuTime("api") - cpuBefore);
    }
}
