using System.Net;
using VetCrm.Tests.Api;

namespace VetCrm.Tests.Tasks;

/// <summary>Cases and tasks of the staff cast: the case's coordinator C and specialist S.</summary>
public static class TaskCases
{
    /// <summary>A case of C and S: a pet created by C, assigned to S, with a referral C received, moved out of the intake queue.</summary>
    public static async Task<(string PetId, string ReferralId)> NewCaseAsync(this StaffCast cast, string? petName = null)
    {
        var coordinator = cast["coordinator"];
        var pet = await ApiFixtureHelpers.CreateAsync(coordinator, "pets", ApiFixtureHelpers.PetBody(cast["specialist"].UserId, petName ?? $"Task{Guid.NewGuid():N}"[..20]));
        var referral = await ApiFixtureHelpers.CreateAsync(coordinator, "referrals", ApiFixtureHelpers.ReferralBody(pet));
        (await coordinator.MoveAsync("referrals", referral, "triaged", "history in")).Expect(HttpStatusCode.OK);
        (await coordinator.MoveAsync("referrals", referral, "scheduled", "booked")).Expect(HttpStatusCode.OK);
        return (pet, referral);
    }

    /// <summary>A task on the pet for <paramref name="assignee"/>, due at <paramref name="dueAt"/> (tomorrow when not given), created by S.</summary>
    public static async Task<ApiResponse> NewTaskAsync(this StaffCast cast, string petId, ApiClient? assignee = null, DateTimeOffset? dueAt = null,
        string title = "Call the owner about the echo results") =>
        (await cast["specialist"].PostAsync("/api/tasks", new
        {
            pet = new { id = petId },
            title,
            assignee = new { id = (assignee ?? cast["specialist"]).UserId },
            dueAt = dueAt ?? DateTimeOffset.UtcNow.AddDays(1),
        })).Expect(HttpStatusCode.Created);
}
