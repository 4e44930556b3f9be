using System.Net;
using VetCrm.Tests.Api;

namespace VetCrm.Tests.Screens;

/// <summary>Records the screen tests build on: pets with owners and phones of their own, and open referrals in bulk.</summary>
public static class ScreenData
{
    /// <summary>A UK mobile number no other test uses, as the digits after "7700" (six of them).</summary>
    public static string NewMobileTail() => Random.Shared.Next(100_000, 1_000_000).ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static object Pet(Guid specialistId, string petName, string ownerName, string ownerPhone) => new
    {
        petName,
        species = "canine",
        breed = "Border Collie",
        medicalHistorySummary = "Intermittent lameness, right forelimb; suspected elbow dysplasia.",
        ownerName,
        ownerPhone,
        primaryVetClinic = "Harbourside Vets",
        assignedSpecialist = new { id = specialistId },
    };

    public static async Task<string> PetAsync(ApiClient client, Guid specialistId, string petName, string ownerName, string ownerPhone) =>
        await ApiFixtureHelpers.CreateAsync(client, "pets", Pet(specialistId, petName, ownerName, ownerPhone));

    /// <summary>Open referrals until the queue holds at least <paramref name="atLeast"/>: routine ones on one pet (a returning patient).</summary>
    public static async Task FillQueueAsync(ApiClient coordinator, Guid specialistId, int atLeast)
    {
        var total = (await coordinator.GetAsync("/api/referrals/queue/counts")).Expect(HttpStatusCode.OK).Object["total"]!.GetValue<int>();
        if (total >= atLeast) return;
        var pet = await PetAsync(coordinator, specialistId, "Queue filler", "Fill Owner", "+44 20 7946 0000");
        for (var i = total; i < atLeast; i++) await ApiFixtureHelpers.CreateAsync(coordinator, "referrals", ApiFixtureHelpers.ReferralBody(pet, "routine"));
    }
}
