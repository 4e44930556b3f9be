using System.Net;
using VetCrm.Tests.Api;
using VetCrm.Tests.Infrastructure;

namespace VetCrm.Tests.GraphQl;

/// <summary>The seed flow over GraphQL, as an integrator would run it: log in over REST, then everything with mutations and queries.</summary>
[Collection("stack")]
public sealed class GraphQlSeedFlowTests(StackFixture stack)
{
    private readonly ApiFixtureHelpers api = new(stack);

    [Fact]
    public async Task The_seed_flow_runs_over_GraphQL_and_matches_REST()
    {
        using var coordinator = await api.NewUserAsync("coordinator");
        using var specialist = await api.NewUserAsync("specialist");
        var petName = $"Gql{Guid.NewGuid():N}"[..20];

        var pet = (await coordinator.GraphQlAsync("""
            mutation($input: CreatePetInput!) { createPet(input: $input) { id petName dateOfBirth assignedSpecialist { id username } allowedActions } }
            """, new
        {
            input = new
            {
                petName, species = "canine", breed = "Labrador Retriever", dateOfBirth = "2019-04-02", medicalHistorySummary = "Grade IV/VI murmur.",
                ownerName = "Maria Santos", ownerPhone = "+1 555 0134", assignedSpecialist = specialist.UserId,
            },
        })).Ok()["createPet"]!;
        var petId = pet["id"]!.GetValue<string>();
        Assert.Equal("2019-04-02", pet["dateOfBirth"]!.GetValue<string>());
        Assert.Equal(specialist.UserName, pet["assignedSpecialist"]!["username"]!.GetValue<string>());

        var referral = (await coordinator.GraphQlAsync("""
            mutation($input: CreateReferralInput!) { createReferral(input: $input) { id referralNumber status version nextStatuses } }
            """, new { input = new { pet = petId, referringClinic = "Riverside Animal Clinic", referralReason = "Echo requested.", priority = "emergency" } })).Ok()["createReferral"]!;
        var referralId = referral["id"]!.GetValue<string>();
        Assert.Equal("received", referral["status"]!.GetValue<string>());
        Assert.Matches("^REF-[0-9]{4}-[0-9]{6}$", referral["referralNumber"]!.GetValue<string>());

        // The queue with the nested pet, paged as REST pages it, until our referral turns up.
        string? cursor = null;
        var found = false;
        do
        {
            var page = (await coordinator.GraphQlAsync("""
                query($cursor: String) { triageQueue(limit: 200, cursor: $cursor) { items { id priority pet { id petName } receivedBy { username } } nextCursor } }
                """, new { cursor })).Ok()["triageQueue"]!;
            var mine = page["items"]!.AsArray().FirstOrDefault(r => r!["id"]!.GetValue<string>() == referralId);
            if (mine is not null)
            {
                found = true;
                Assert.Equal(petName, mine["pet"]!["petName"]!.GetValue<string>());
                Assert.Equal(coordinator.UserName, mine["receivedBy"]!["username"]!.GetValue<string>());
            }
            cursor = page["nextCursor"]?.GetValue<string>();
        } while (!found && cursor is not null);
        Assert.True(found, "the new emergency referral is in the triage queue");

        var moved = (await coordinator.GraphQlAsync("""
            mutation($id: ID!, $version: UInt) { changeReferralStatus(id: $id, input: { status: triaged, reason: "history in", version: $version }) { status statusHistory { fromValue toValue changeReason changedBy { username } } } }
            """, new { id = referralId, version = referral["version"]!.GetValue<uint>() })).Ok()["changeReferralStatus"]!;
        Assert.Equal("triaged", moved["status"]!.GetValue<string>());
        Assert.Equal(["received", "triaged"], moved["statusHistory"]!.AsArray().Select(c => c!["toValue"]!.GetValue<string>()));
        Assert.Equal("history in", moved["statusHistory"]![1]!["changeReason"]!.GetValue<string>());

        var plan = (await specialist.GraphQlAsync("""
            mutation($input: CreateTreatmentPlanInput!) { createTreatmentPlan(input: $input) { id version revision planStatus diagnosisNotes referral { id status } } }
            """, new
        {
            input = new
            {
                planTitle = "MMVD B2 management", pet = petId, referral = referralId, diagnosisNotes = "Echo: LA:Ao 1.9.", planStatus = "active",
                nextReviewDate = "2026-12-30", medicationNotes = "Pimobendan 0.25 mg/kg PO q12h", clientInstructions = "Count resting breaths nightly.",
            },
        })).Ok()["createTreatmentPlan"]!;
        var planId = plan["id"]!.GetValue<string>();
        Assert.Equal(1, plan["revision"]!.GetValue<int>());
        Assert.Equal("triaged", plan["referral"]!["status"]!.GetValue<string>());

        var revised = (await specialist.GraphQlAsync("""
            mutation($id: ID!, $input: UpdateTreatmentPlanInput!) { updateTreatmentPlan(id: $id, input: $input) { revision medicationNotes versions { versionNumber changedFields snapshot } } }
            """, new { id = planId, input = new { version = plan["version"]!.GetValue<uint>(), medicationNotes = "Pimobendan 0.3 mg/kg PO q12h" } })).Ok()["updateTreatmentPlan"]!;
        Assert.Equal(2, revised["revision"]!.GetValue<int>());
        var versions = revised["versions"]!.AsArray();
        Assert.Equal([1, 2], versions.Select(v => v!["versionNumber"]!.GetValue<int>()));
        Assert.Contains("medicationNotes", versions[1]!["changedFields"]!.AsArray().Select(f => f!.GetValue<string>()));
        Assert.Equal("Pimobendan 0.25 mg/kg PO q12h", versions[0]!["snapshot"]!["medicationNotes"]!.GetValue<string>());

        var log = (await specialist.GraphQlAsync("""
            mutation($input: CreateInteractionInput!) { createInteraction(input: $input) { id interactionType treatmentPlan { planTitle } user { username } } }
            """, new { input = new { pet = petId, treatmentPlan = planId, interactionType = "consult", summary = "Recheck booked.", followUpNeeded = true } })).Ok()["createInteraction"]!;
        Assert.Equal("MMVD B2 management", log["treatmentPlan"]!["planTitle"]!.GetValue<string>());

        // What GraphQL wrote, REST reads back the same.
        var rest = (await coordinator.GetAsync($"/api/treatment-plans/{planId}")).Expect(HttpStatusCode.OK).Object;
        Assert.Equal("Pimobendan 0.3 mg/kg PO q12h", rest["medicationNotes"]!.GetValue<string>());
        var @case = (await specialist.GraphQlAsync("""
            query($pet: ID!) { case(pet: $pet) { pet { petName } referrals { referral { id } statusHistory { toValue } } plans { plan { id } versions { versionNumber } } timeline { id } allowedActions } }
            """, new { pet = petId })).Ok()["case"]!;
        Assert.Equal(log["id"]!.GetValue<string>(), @case["timeline"]![0]!["id"]!.GetValue<string>());
        Assert.Equal(2, @case["plans"]![0]!["versions"]!.AsArray().Count);
    }
}
