using VetCrm.Api.Access;
using VetCrm.Api.Equipment;
using VetCrm.Data.Entities;
using VetCrm.Data.Records;

namespace VetCrm.UnitTests;

public sealed class LoanWorkflowTests
{
    private static readonly StatusWorkflow Workflow = RecordTypes.EquipmentLoan.Status!;

    private static Actor Of(string? role) => new(Guid.NewGuid(), "u", role);

    [Fact]
    public void A_loan_comes_back_into_service_or_into_maintenance_and_leaves_maintenance_only_back_into_service()
    {
        (string From, string To)[] legal = [("checkedOut", "returned"), ("checkedOut", "maintenance"), ("maintenance", "returned")];
        foreach (var from in LoanStatuses.All)
            foreach (var to in LoanStatuses.All)
                Assert.Equal(legal.Contains((from, to)), Workflow.CanMove(from, to));
    }

    [Fact]
    public void Out_and_in_maintenance_hold_the_item_and_the_index_says_so()
    {
        Assert.Equal(["checkedOut", "maintenance"], LoanStatuses.Holding);
        Assert.Equal("status IN ('checkedOut', 'maintenance') AND archived_at IS NULL", EquipmentLoanHolds.HeldFilter);
    }

    [Fact]
    public void Every_staff_role_lends_and_returns_admins_and_coordinators_manage_stock_and_only_admins_archive()
    {
        Assert.All(new[] { Roles.Admin, Roles.Coordinator, Roles.Specialist, Roles.ClientCare }, role => Assert.True(EquipmentAccess.MayLend(Of(role))));
        Assert.False(EquipmentAccess.MayLend(Of(null)));
        Assert.Equal(["update", "changeStatus"], EquipmentAccess.LoanActions(Of(Roles.ClientCare), LoanStatuses.CheckedOut));
        Assert.Equal(["changeStatus", "archive"], EquipmentAccess.LoanActions(Of(Roles.Admin), LoanStatuses.Maintenance));
        Assert.Empty(EquipmentAccess.LoanActions(Of(Roles.ClientCare), LoanStatuses.Returned));
        Assert.Equal(["update", "lend", "archive"], EquipmentAccess.ItemActions(Of(Roles.Admin), free: true));
        Assert.Equal(["update"], EquipmentAccess.ItemActions(Of(Roles.Coordinator), free: false));
        Assert.Equal(["lend"], EquipmentAccess.ItemActions(Of(Roles.Specialist), free: true));
    }
}
