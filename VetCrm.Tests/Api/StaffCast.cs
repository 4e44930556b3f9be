using System.Collections.Concurrent;
using VetCrm.Tests.Infrastructure;

namespace VetCrm.Tests.Api;

/// <summary>
/// The people of the access tests, created once per stack (roles do not change in these tests): admin, a case's
/// coordinator and specialist, another coordinator and specialist, client care and an account without a role.
/// </summary>
public sealed class StaffCast(Dictionary<string, ApiClient> clients)
{
    public static readonly string[] Actors = ["admin", "coordinator", "otherCoordinator", "specialist", "otherSpecialist", "clientCare", "none"];

    private static readonly ConcurrentDictionary<StackFixture, Task<StaffCast>> PerStack = new();

    public ApiClient this[string name] => clients[name];

    public static Task<StaffCast> ForAsync(ApiFixtureHelpers api) => PerStack.GetOrAdd(api.Stack, _ => CreateAsync(api));

    private static async Task<StaffCast> CreateAsync(ApiFixtureHelpers api)
    {
        var clients = new Dictionary<string, ApiClient>();
        foreach (var (name, role) in new[] { ("admin", "admin"), ("coordinator", "coordinator"), ("otherCoordinator", "coordinator"), ("specialist", "specialist"),
                     ("otherSpecialist", "specialist"), ("clientCare", "clientCare"), ("none", (string?)null) })
            clients[name] = await api.NewUserAsync(role);
        return new StaffCast(clients);
    }
}
