using System.Linq.Expressions;
using VetCrm.Data.Entities;
using VetCrm.Data.Records;

namespace VetCrm.UnitTests;

public sealed class RecordTypeTests
{
    [Fact]
    public void Each_record_type_is_found_by_its_entity_and_its_name()
    {
        var pet = new Pet { PetName = "", Species = "", MedicalHistorySummary = "", OwnerName = "", OwnerPhone = "" };
        Assert.Same(RecordTypes.Pet, RecordTypes.Of(pet));
        Assert.Equal(["pet", "referral", "treatmentPlan", "interactionLog", "appointment", "task", "score", "equipmentItem", "equipmentLoan", "messageThread", "message"],
            RecordTypes.All.Select(t => t.Name));
        Assert.All(RecordTypes.All, type => Assert.Same(type, RecordTypes.Named(type.Name)));
        Assert.Null(RecordTypes.Named("user"));
    }

    [Fact]
    public void A_record_belongs_to_the_case_of_its_pet()
    {
        var petId = Guid.NewGuid();
        var log = new InteractionLog { PetId = petId, InteractionType = "call", Summary = "" };
        Assert.Equal(petId, RecordTypes.InteractionLog.CaseOf(log));
    }

    [Fact]
    public void Only_referrals_feed_the_intake_queue_and_only_new_logs_are_announced()
    {
        Assert.Equal([RecordTypes.Referral], RecordTypes.All.Where(t => t.FeedsIntakeQueue));
        Assert.Equal(LiveEventTypes.InteractionLogged, RecordTypes.InteractionLog.CreatedEvent);
        Assert.Null(RecordTypes.InteractionLog.ChangedEvent);
        Assert.Null(RecordTypes.Pet.CreatedEvent);
    }

    [Theory]
    [InlineData("received", null, true)]
    [InlineData("triaged", null, true)]
    [InlineData("scheduled", null, false)]
    [InlineData("received", "2026-01-01T00:00:00Z", false)]
    public void The_intake_queue_holds_received_and_triaged_referrals_not_archived(string status, string? archivedAt, bool inQueue)
    {
        var referral = new Referral { Status = status, ReferralNumber = "", ReferringClinic = "", ReferralReason = "", Priority = "routine",
            ArchivedAt = archivedAt is null ? null : DateTimeOffset.Parse(archivedAt) };
        Assert.Equal(inQueue, IntakeQueue.Contains.Compile()(referral));
        Assert.Equal(status is "received" or "triaged", IntakeQueue.IsQueueStatus(status));
    }

    [Fact]
    public void The_queue_index_filter_is_the_sql_of_the_same_definition()
    {
        Assert.Equal("status IN ('received', 'triaged') AND archived_at IS NULL", IntakeQueue.IndexFilter);
    }

    [Fact]
    public void A_queue_status_or_another_condition_is_one_predicate()
    {
        var mine = Guid.NewGuid();
        Expression<Func<Referral, bool>> received = r => r.ReceivedById == mine;
        var predicate = IntakeQueue.HasQueueStatusOr(received).Compile();
        Referral Make(string status, Guid by) => new() { Status = status, ReceivedById = by, ReferralNumber = "", ReferringClinic = "", ReferralReason = "", Priority = "routine" };
        Assert.True(predicate(Make("triaged", Guid.NewGuid())));
        Assert.True(predicate(Make("closed", mine)));
        Assert.False(predicate(Make("closed", Guid.NewGuid())));
    }

    [Fact]
    public void Threads_and_messages_are_heard_by_their_participants_and_every_other_record_by_its_case()
    {
        Assert.Equal([RecordTypes.MessageThread, RecordTypes.Message], RecordTypes.All.Where(t => t.Audience.IsParticipantsOnly));
        var (sender, recipient, added) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        var thread = new MessageThread { Subject = "", Participants = [new() { UserId = sender }, new() { UserId = recipient }] };
        Assert.Equal([sender, recipient], RecordTypes.MessageThread.Audience.ParticipantsOf(thread));
        // A message names its listeners itself: the sender and a receipt for each participant of the thread when it was
        // sent, so someone who joined since hears it, and someone who left does not.
        var message = new Message { Body = "", SenderId = sender, Receipts = [new() { RecipientId = added }, new() { RecipientId = added }] };
        Assert.Equal([added, sender], RecordTypes.Message.Audience.ParticipantsOf(message));
        Assert.Empty(RecordTypes.CareTask.Audience.ParticipantsOf(new CareTask { Title = "", AssigneeId = sender }));
    }
}
