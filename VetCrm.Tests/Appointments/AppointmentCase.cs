using System.Net;
using System.Text.Json.Nodes;
using VetCrm.Tests.Api;

namespace VetCrm.Tests.Appointments;

/// <summary>
/// One case ready for booking: a pet created by a coordinator and assigned to a specialist, with a triaged referral the
/// coordinator received; plus the hospital's rooms by name.
/// </summary>
public sealed record AppointmentCase(ApiClient Coordinator, ApiClient Specialist, string PetId, string ReferralId, IReadOnlyDictionary<string, string> Rooms)
{
    public static async Task<AppointmentCase> CreateAsync(ApiFixtureHelpers api, ApiClient coordinator, ApiClient specialist, string referralStatus = "triaged")
    {
        var petId = await ApiFixtureHelpers.CreateAsync(coordinator, "pets", ApiFixtureHelpers.PetBody(specialist.UserId, $"Appt {Guid.NewGuid().ToString("N")[..6]}"));
        var referralId = await ApiFixtureHelpers.CreateAsync(coordinator, "referrals", ApiFixtureHelpers.ReferralBody(petId));
        if (referralStatus == "triaged")
            (await coordinator.MoveAsync("referrals", referralId, "triaged", "Stable; book a consult.")).Expect(HttpStatusCode.OK);
        return new AppointmentCase(coordinator, specialist, petId, referralId, await RoomsAsync(coordinator));
    }

    public static async Task<IReadOnlyDictionary<string, string>> RoomsAsync(ApiClient client) =>
        (await client.GetAsync("/api/rooms")).Expect(HttpStatusCode.OK).Body!.AsArray()
            .ToDictionary(r => r!["name"]!.GetValue<string>(), r => r!["id"]!.GetValue<string>());

    /// <summary>A booking body for this case's pet and specialist; <paramref name="referral"/> false leaves the referral out.</summary>
    public object Booking(DateTimeOffset start, string room = "Consult room 1", int minutes = 30, bool referral = true, string? specialistId = null) => new
    {
        pet = new { id = PetId },
        referral = referral ? new { id = ReferralId } : null,
        specialist = new { id = specialistId ?? Specialist.UserId.ToString() },
        room = new { id = Rooms[room] },
        startAt = start,
        endAt = start.AddMinutes(minutes),
        reason = "Cardiology consult and echocardiogram.",
    };

    public async Task<JsonObject> BookAsync(ApiClient by, DateTimeOffset start, string room = "Consult room 1", int minutes = 30) =>
        (await by.PostAsync("/api/appointments", Booking(start, room, minutes))).Expect(HttpStatusCode.Created).Object;
}
