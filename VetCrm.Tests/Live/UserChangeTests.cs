using System.Net;
using VetCrm.Tests.Api;
using VetCrm.Tests.Infrastructure;

namespace VetCrm.Tests.Live;

/// <summary>
/// Each API replica keeps the users behind tokens in memory (so a request need not read its user row). These prove that
/// every change to a user row, wherever it is made, reaches every replica's copy, also after the replica lost its
/// connection for change notifications.
/// </summary>
[Collection("live")]
public sealed class UserChangeTests(LiveStackFixture stack)
{
    private static readonly TimeSpan Propagation = TimeSpan.FromSeconds(15);
    private readonly ApiFixtureHelpers _api = new(stack);

    [Fact]
    public async Task A_role_taken_away_through_one_replica_is_refused_by_the_other()
    {
        var (replicaA, replicaB) = Replicas();
        using var admin = await _api.AdminAsync();
        using var specialist = await _api.NewUserAsync("specialist");
        using var specialistOnA = specialist.At(replicaA);
        await ExpectServedFromCacheAsync(specialistOnA);

        using var adminOnB = admin.At(replicaB);
        (await adminOnB.PutAsync($"/api/users/{specialist.UserId}/role", new { role = (string?)null })).Expect(HttpStatusCode.OK);

        await UntilStatusAsync(specialistOnA, HttpStatusCode.Forbidden, "replica A to refuse the user whose role replica B took away");
    }

    [Fact]
    public async Task A_user_row_changed_by_another_writer_is_seen_by_every_replica()
    {
        using var cached = await SpecialistCachedOnBothReplicasAsync();
        var (specialist, onA, onB) = cached;

        // What a password reset in another service would do: a new security stamp voids every token issued before.
        await _api.ScalarAsync<object>("UPDATE users SET security_stamp = @stamp WHERE id = @id", ("stamp", Guid.NewGuid().ToString("N")), ("id", specialist.UserId));

        await UntilStatusAsync(onA, HttpStatusCode.Unauthorized, "replica A to refuse the voided token");
        await UntilStatusAsync(onB, HttpStatusCode.Unauthorized, "replica B to refuse the voided token");
    }

    [Fact]
    public async Task A_replica_that_lost_its_change_notifications_does_not_serve_a_stale_role()
    {
        using var cached = await SpecialistCachedOnBothReplicasAsync();
        var (specialist, onA, onB) = cached;

        var cut = await _api.ScalarAsync<long>(
            "SELECT count(*) FROM (SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'vetcrm-user-changes') AS t");
        Assert.Equal(2, cut);
        await _api.ScalarAsync<object>("UPDATE users SET role = NULL WHERE id = @id", ("id", specialist.UserId));

        await UntilStatusAsync(onA, HttpStatusCode.Forbidden, "replica A to refuse the user without a role");
        await UntilStatusAsync(onB, HttpStatusCode.Forbidden, "replica B to refuse the user without a role");
        await Poll.UntilAsync(() => _api.ScalarAsync<long>("SELECT count(*) FROM pg_stat_activity WHERE application_name = 'vetcrm-user-changes'"),
            listeners => listeners == 2, "both replicas to listen for user changes again", Propagation);
    }

    private (Uri A, Uri B) Replicas()
    {
        var replicas = stack.Instances.Of("api");
        Assert.Equal(2, replicas.Count);
        return (new Uri($"http://127.0.0.1:{replicas[0].Port}"), new Uri($"http://127.0.0.1:{replicas[1].Port}"));
    }

    /// <summary>A new specialist, and the same caller on each replica.</summary>
    private sealed record CachedSpecialist(ApiClient Specialist, ApiClient OnA, ApiClient OnB) : IDisposable
    {
        public void Dispose()
        {
            Specialist.Dispose();
            OnA.Dispose();
            OnB.Dispose();
        }
    }

    /// <summary>A new specialist whose user both replicas have cached.</summary>
    private async Task<CachedSpecialist> SpecialistCachedOnBothReplicasAsync()
    {
        var (replicaA, replicaB) = Replicas();
        var specialist = await _api.NewUserAsync("specialist");
        var onA = specialist.At(replicaA);
        var onB = specialist.At(replicaB);
        await ExpectServedFromCacheAsync(onA);
        await ExpectServedFromCacheAsync(onB);
        return new CachedSpecialist(specialist, onA, onB);
    }

    /// <summary>
    /// A request takes the user from the replica's cache: its only SQL command is the list itself. The new user's own
    /// sign-up and role grant may still be evicting it when the first requests arrive, so the cache is given until it settles.
    /// </summary>
    private static Task ExpectServedFromCacheAsync(ApiClient client) =>
        Poll.UntilAsync(async () => (await client.GetAsync("/api/pets?limit=1")).Expect(HttpStatusCode.OK).ServerTiming,
            timing => timing?.StartsWith("db;desc=\"1 commands\";", StringComparison.Ordinal) == true, "a request served from the replica's user cache");

    private static Task UntilStatusAsync(ApiClient client, HttpStatusCode status, string what) =>
        Poll.UntilAsync(async () => (await client.GetAsync("/api/pets?limit=1")).Status, s => s == status, what, Propagation);
}
