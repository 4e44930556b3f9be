using System.Collections.Concurrent;
using System.Net;
using VetCrm.Tests.Api;
using VetCrm.Tests.Infrastructure;

namespace VetCrm.Tests.Tasks;

/// <summary>
/// The people of the task tests, created once per stack: admin, the case's coordinator C and specialist S, another
/// coordinator C' and specialist S', client care and a user without a role.
/// </summary>
public sealed class TaskCast(Dictionary<string, ApiClient> clients)
{
    public static readonly string[] Actors = ["admin", "coordinator", "otherCoordinator", "specialist", "otherSpecialist", "clientCare", "none"];

    private static readonly ConcurrentDictionary<StackFixture, Task<TaskCast>> PerStack = new();

    public ApiClient this[string name] => clients[name];

    public static Task<TaskCast> ForAsync(ApiFixtureHelpers api) => PerStack.GetOrAdd(api.Stack, _ => CreateAsync(api));

    private static async Task<TaskCast> CreateAsync(ApiFixtureHelpers api)
    {
        var clients = new Dictionary<string, ApiClient>();
        foreach (var (name, role) in new[] { ("admin", "admin"), ("coordinator", "coordinator"), ("otherCoordinator", "coordinator"), ("specialist", "specialist"),
                     ("otherSpecialist", "specialist"), ("clientCare", "clientCare"), ("none", (string?)null) })
            clients[name] = await api.NewUserAsync(role);
        return new TaskCast(clients);
    }

    /// <summary>A case of C and S: a pet created by C, assigned to S, with a referral C received, moved out of the intake queue.</summary>
    public async Task<(string PetId, string ReferralId)> NewCaseAsync(string? petName = null)
    {
        var coordinator = this["coordinator"];
        var pet = await ApiFixtureHelpers.CreateAsync(coordinator, "pets", ApiFixtureHelpers.PetBody(this["specialist"].UserId, petName ?? $"Task{Guid.NewGuid():N}"[..20]));
        var referral = await ApiFixtureHelpers.CreateAsync(coordinator, "referrals", ApiFixtureHelpers.ReferralBody(pet));
        (await coordinator.MoveAsync("referrals", referral, "triaged", "history in")).Expect(HttpStatusCode.OK);
        (await coordinator.MoveAsync("referrals", referral, "scheduled", "booked")).Expect(HttpStatusCode.OK);
        return (pet, referral);
    }

    /// <summary>A task on the pet for <paramref name="assignee"/>, due at <paramref name="dueAt"/> (tomorrow when not given), created by S.</summary>
    public async Task<ApiResponse> NewTaskAsync(string petId, ApiClient? assignee = null, DateTimeOffset? dueAt = null, string title = "Call the owner about the echo results") =>
        (await this["specialist"].PostAsync("/api/tasks", new
        {
            pet = new { id = petId },
            title,
            assignee = new { id = (assignee ?? this["specialist"]).UserId },
            dueAt = dueAt ?? DateTimeOffset.UtcNow.AddDays(1),
        })).Expect(HttpStatusCode.Created);
}
