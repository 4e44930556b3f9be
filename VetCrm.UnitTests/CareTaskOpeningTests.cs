using Microsoft.EntityFrameworkCore;
using VetCrm.Data;
using VetCrm.Data.Entities;
using VetCrm.Data.Records;

namespace VetCrm.UnitTests;

/// <summary>The one way a task is opened, by the API's commands and the worker's scans alike (nothing is saved here).</summary>
public sealed class CareTaskOpeningTests
{
    [Fact]
    public void A_task_joins_the_save_with_its_opening_history_row_and_a_long_made_up_title_is_cut_with_an_ellipsis()
    {
        using var db = new VetCrmDbContext(new DbContextOptionsBuilder<VetCrmDbContext>().UseNpgsql("Host=unused").Options);
        var (raisedBy, at) = (Guid.NewGuid(), new DateTimeOffset(2026, 3, 1, 9, 0, 0, TimeSpan.Zero));
        var task = CareTasks.Open(db, new CareTask { Title = "Chase <the> \"return\" " + new string('x', 400), AssigneeId = Guid.NewGuid(), DueAt = at }, raisedBy, "Equipment loan overdue.", at);

        Assert.Equal(CareTasks.TitleLength, task.Title.Length);
        Assert.StartsWith("Chase <the> \"return\" xxx", task.Title, StringComparison.Ordinal);
        Assert.EndsWith("x…", task.Title, StringComparison.Ordinal);
        Assert.Equal(EntityState.Added, db.Entry(task).State);
        var history = Assert.Single(db.ChangeTracker.Entries<StatusChange>()).Entity;
        Assert.Equal<(string, Guid, string?, string, Guid?, string?, DateTimeOffset)>((RecordTypes.CareTask.Name, task.Id, null, TaskStatuses.Open, raisedBy, "Equipment loan overdue.", at),
            (history.EntityType, history.EntityId, history.FromValue, history.ToValue, history.ChangedById, history.ChangeReason, history.ChangedAt));

        var typed = CareTasks.Open(db, new CareTask { Title = new string('y', CareTasks.TitleLength), AssigneeId = raisedBy, DueAt = at }, raisedBy, null, at);
        Assert.Equal(new string('y', CareTasks.TitleLength), typed.Title);
    }
}
