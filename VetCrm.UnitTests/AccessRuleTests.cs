using VetCrm.Api.Access;
using VetCrm.Data.Records;

namespace VetCrm.UnitTests;

public sealed class AccessRuleTests
{
    private static Actor As(string? role) => new(Guid.NewGuid(), role ?? "nobody", role);

    [Theory]
    [InlineData("admin", true, true, true, true)]
    [InlineData("coordinator", true, true, false, true)]
    [InlineData("specialist", false, false, true, true)]
    [InlineData("clientCare", false, false, false, true)]
    [InlineData(null, false, false, false, false)]
    public void Who_may_create_what(string? role, bool pet, bool referral, bool plan, bool log)
    {
        var actor = As(role);
        Assert.Equal(
            [pet, referral, plan, log],
            new[] { RecordTypes.Pet, RecordTypes.Referral, RecordTypes.TreatmentPlan, RecordTypes.InteractionLog }.Select(t => CaseAccess.MayCreate(actor, t)));
    }

    [Theory]
    [InlineData("admin", true, true)]
    [InlineData("coordinator", true, false)]
    [InlineData("specialist", true, true)]
    [InlineData("clientCare", false, false)]
    public void Who_may_move_statuses(string role, bool referral, bool plan)
    {
        Assert.Equal(referral, CaseAccess.MayChangeStatus(As(role), RecordTypes.Referral));
        Assert.Equal(plan, CaseAccess.MayChangeStatus(As(role), RecordTypes.TreatmentPlan));
        Assert.False(CaseAccess.MayChangeStatus(As(role), RecordTypes.Pet));
    }

    [Fact]
    public void Client_care_reads_no_referrals_and_no_clinical_notes_and_logs_calls_emails_and_notes()
    {
        var clientCare = As("clientCare");
        Assert.False(CaseAccess.MayReadReferrals(clientCare));
        Assert.False(CaseAccess.MayReadClinicalNotes(clientCare));
        Assert.Equal(["call", "note", "email"], RecordActions.InteractionTypesFor(clientCare));
        Assert.Equal(["treatmentPlan"], CaseAccess.ReadableIncludes(clientCare, new HashSet<string> { "referral", "treatmentPlan" }));
    }

    [Fact]
    public void Views_offer_a_referral_move_only_to_those_who_may_make_it()
    {
        Assert.Equal(["triaged", "declined"], RecordActions.NextStatuses(As("coordinator"), RecordTypes.Referral, "received"));
        Assert.Empty(RecordActions.NextStatuses(As("clientCare"), RecordTypes.Referral, "received"));
        Assert.Empty(RecordActions.NextStatuses(As("admin"), RecordTypes.Referral, "closed"));
        Assert.Equal(["update", "changeStatus", "archive"], RecordActions.Allowed(As("admin"), RecordTypes.Referral, "triaged"));
        Assert.Equal(["changeStatus"], RecordActions.Allowed(As("specialist"), RecordTypes.Referral, "scheduled"));
        Assert.Empty(RecordActions.Allowed(As("specialist"), RecordTypes.Referral, "closed"));
    }

    [Fact]
    public void The_caller_is_told_what_its_role_allows()
    {
        Assert.Equal(["createPet", "createReferral", "workIntakeQueue", "logInteraction", "bookAppointment", "recordScore", "readReferrals", "readClinicalNotes"], RecordActions.ForCaller(As("coordinator")));
        Assert.Contains("manageUsers", RecordActions.ForCaller(As("admin")));
        Assert.Empty(RecordActions.ForCaller(As(null)));
    }

    [Fact]
    public void Live_groups_are_the_users_and_its_roles()
    {
        var actor = As("specialist");
        Assert.Equal([$"user:{actor.UserId}", "role:specialist"], CaseAccess.LiveGroupsOf(actor));
        Assert.Empty(CaseAccess.LiveGroupsOf(As(null)));
    }
}
