using Microsoft.EntityFrameworkCore;
using VetCrm.Api.Access;
using VetCrm.Api.Appointments;
using VetCrm.Api.Common;
using VetCrm.Api.History;
using VetCrm.Api.Pets;
using VetCrm.Api.Referrals;
using VetCrm.Api.Scores;
using VetCrm.Api.TreatmentPlans;
using VetCrm.Api.Users;
using VetCrm.Data;
using VetCrm.Data.Records;

namespace VetCrm.Api.GraphQl;

/// <summary>
/// One request's batch loaders for nested references and child lists: one query per level and kind, through the same
/// access filters and view projections as REST (a reference out of the caller's reach resolves to null, as a REST
/// include leaves the bare id; client care's plans come without clinical notes).
/// </summary>
public sealed class RecordBatches(VetCrmDbContext db, CaseAccess access, TreatmentPlanQueries planQueries)
{
    private static readonly Func<VetCrm.Data.Entities.StatusChange, StatusChangeView> ToStatusChangeView = StatusChangeView.Projection.Compile();

    private BatchLoader<PetView>? _pets;
    private BatchLoader<ReferralView>? _referrals;
    private BatchLoader<TreatmentPlanView>? _plans;
    private BatchLoader<UserView>? _users;
    private BatchLoader<RoomView>? _rooms;
    private BatchLoader<ScoreTypeView>? _scoreTypes;
    private BatchLoader<List<TreatmentPlanVersionView>>? _versions;
    private readonly Dictionary<string, BatchLoader<List<StatusChangeView>>> _histories = [];

    public BatchLoader<PetView> Pets(Actor actor) => _pets ??= new((ids, token) =>
        access.Pets(actor).AsNoTracking().Where(p => ids.Contains(p.Id)).Select(PetCommands.Views.For(actor, Includes.None)).ToDictionaryAsync(v => v.Id, token));

    public BatchLoader<ReferralView> Referrals(Actor actor) => _referrals ??= new((ids, token) =>
        access.Referrals(actor).AsNoTracking().Where(r => ids.Contains(r.Id)).Select(ReferralCommands.Views.For(actor, Includes.None)).ToDictionaryAsync(v => v.Id, token));

    public BatchLoader<TreatmentPlanView> TreatmentPlans(Actor actor) => _plans ??= new((ids, token) =>
        access.TreatmentPlans(actor).AsNoTracking().Where(p => ids.Contains(p.Id)).Select(TreatmentPlanCommands.Views.For(actor, Includes.None)).ToDictionaryAsync(v => v.Id, token));

    /// <summary>Staff names on records, as a REST include of receivedBy, createdBy or user shows them.</summary>
    public BatchLoader<UserView> Users => _users ??= new((ids, token) =>
        db.Users.AsNoTracking().Where(u => ids.Contains(u.Id)).Select(UserView.Projection).ToDictionaryAsync(v => v.Id, token));

    /// <summary>The rooms of bookings; every staff role may read them.</summary>
    public BatchLoader<RoomView> Rooms => _rooms ??= new((ids, token) =>
        db.Rooms.AsNoTracking().Where(r => ids.Contains(r.Id)).Select(RoomView.Projection).ToDictionaryAsync(v => v.Id, token));

    /// <summary>Score types, which every member of staff reads.</summary>
    public BatchLoader<ScoreTypeView> ScoreTypes => _scoreTypes ??= new((ids, token) =>
        db.ScoreTypes.AsNoTracking().Where(t => ids.Contains(t.Id)).Select(ScoreTypeView.Projection).ToDictionaryAsync(v => v.Id, token));

    /// <summary>Versions of plans the caller was already shown, oldest first.</summary>
    public BatchLoader<List<TreatmentPlanVersionView>> Versions(Actor actor) => _versions ??= new((ids, token) =>
        planQueries.VersionsOfAsync(actor, ids, token), missing: []);

    /// <summary>Status changes of records the caller was already shown, oldest first.</summary>
    public BatchLoader<List<StatusChangeView>> StatusHistory(RecordType type)
    {
        if (!_histories.TryGetValue(type.Name, out var loader))
        {
            _histories[type.Name] = loader = new(async (ids, token) => (await db.StatusChanges.AsNoTracking()
                    .Where(c => c.EntityType == type.Name && ids.Contains(c.EntityId))
                    .OrderBy(c => c.ChangedAt).ThenBy(c => c.Id)
                    .ToListAsync(token))
                .GroupBy(c => c.EntityId).ToDictionary(g => g.Key, g => g.Select(ToStatusChangeView).ToList()), missing: []);
        }
        return loader;
    }
}
