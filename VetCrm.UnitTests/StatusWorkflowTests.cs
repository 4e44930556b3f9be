using VetCrm.Data.Entities;
using VetCrm.Data.Records;

namespace VetCrm.UnitTests;

public sealed class StatusWorkflowTests
{
    private static readonly StatusWorkflow Referral = RecordTypes.Referral.Status!;
    private static readonly StatusWorkflow Plan = RecordTypes.TreatmentPlan.Status!;

    public static TheoryData<string, string> LegalReferralMoves => new()
    {
        { "received", "triaged" }, { "received", "declined" }, { "triaged", "scheduled" }, { "triaged", "declined" },
        { "scheduled", "inTreatment" }, { "inTreatment", "closed" },
    };

    [Theory, MemberData(nameof(LegalReferralMoves))]
    public void A_referral_makes_exactly_the_moves_of_its_workflow(string from, string to)
    {
        Assert.True(Referral.CanMove(from, to));
        Assert.Null(Referral.Refusal("referral", from, to));
    }

    [Fact]
    public void Every_other_referral_move_is_refused_with_the_moves_that_are_open()
    {
        var legal = LegalReferralMoves.Select(row => ((string)row[0], (string)row[1])).ToHashSet();
        foreach (var from in ReferralStatuses.All)
        {
            foreach (var to in ReferralStatuses.All.Where(to => !legal.Contains((from, to))))
            {
                Assert.False(Referral.CanMove(from, to));
                Assert.Contains($"'{from}'", Referral.Refusal("referral", from, to));
            }
        }
        Assert.EndsWith("nothing (it is final).", Referral.Refusal("referral", "closed", "received"));
    }

    [Fact]
    public void A_plan_may_move_to_any_other_status_but_not_to_the_one_it_has()
    {
        Assert.Equal(["active", "onHold", "completed", "cancelled"], Plan.NextFrom("draft"));
        Assert.Equal("The treatmentPlan is already 'active'.", Plan.Refusal("treatmentPlan", "active", "active"));
    }

    [Fact]
    public void Status_fields_are_named_as_the_api_names_them()
    {
        Assert.Equal(("Status", "status"), (Referral.Property, Referral.Field));
        Assert.Equal(("PlanStatus", "planStatus"), (Plan.Property, Plan.Field));
    }
}
