using VetCrm.Api.Access;
using VetCrm.Data.Entities;
using VetCrm.Data.Records;

namespace VetCrm.UnitTests;

public sealed class AppointmentWorkflowTests
{
    private static readonly StatusWorkflow Workflow = RecordTypes.Appointment.Status!;

    [Fact]
    public void An_appointment_moves_exactly_scheduled_to_checked_in_cancelled_or_no_show_and_checked_in_to_completed()
    {
        (string From, string To)[] legal = [("scheduled", "checkedIn"), ("scheduled", "cancelled"), ("scheduled", "noShow"), ("checkedIn", "completed")];
        foreach (var from in AppointmentStatuses.All)
            foreach (var to in AppointmentStatuses.All)
                Assert.Equal(legal.Contains((from, to)), Workflow.CanMove(from, to));
        Assert.Equal("A appointment cannot move from 'completed' to 'scheduled'. From 'completed' it can move to: nothing (it is final).",
            Workflow.Refusal("appointment", "completed", "scheduled"));
    }

    [Fact]
    public void Only_cancelled_and_no_show_bookings_free_their_slot()
    {
        Assert.Equal(["scheduled", "checkedIn", "completed"], AppointmentStatuses.All.Where(AppointmentBookings.HoldsSlot));
        Assert.Contains("status NOT IN ('cancelled', 'noShow') AND archived_at IS NULL", AppointmentBookings.CreateConstraintsSql);
    }

    [Fact]
    public void Coordinators_and_specialists_book_and_check_in_client_care_only_reads()
    {
        Actor Of(string? role) => new(Guid.NewGuid(), "u", role);
        Assert.True(CaseAccess.MayCreate(Of(Roles.Coordinator), RecordTypes.Appointment));
        Assert.True(CaseAccess.MayChangeStatus(Of(Roles.Specialist), RecordTypes.Appointment));
        Assert.False(CaseAccess.MayCreate(Of(Roles.ClientCare), RecordTypes.Appointment));
        Assert.False(CaseAccess.MayChangeStatus(Of(Roles.ClientCare), RecordTypes.Appointment));
        Assert.True(CaseAccess.MayRead(Roles.ClientCare, RecordTypes.Appointment));
        var specialist = Of(Roles.Specialist);
        Assert.True(CaseAccess.MayBookFor(specialist, specialist.UserId));
        Assert.False(CaseAccess.MayBookFor(specialist, Guid.NewGuid()));
        Assert.True(CaseAccess.MayBookFor(Of(Roles.Coordinator), Guid.NewGuid()));
    }
}
