using VetCrm.Api.Access;
using VetCrm.Data;
using VetCrm.Data.Entities;

namespace VetCrm.Api.Equipment;

/// <summary>
/// Who sees and works equipment and loans. Items are the hospital's stock: every staff role reads them (to find a free
/// one), admins and coordinators — who run the desk and the stores — add and edit them, admins archive them. Loans
/// follow the case as <see cref="CaseAccess"/> draws it: admins and client care every case (client care hands
/// equipment over and takes it back at the desk), a specialist its own, a coordinator its cases. Every staff role lends
/// and takes back on the cases it works (a coordinator its own cases, not mere queue pets); only admins archive.
/// </summary>
public sealed class EquipmentAccess(VetCrmDbContext db, CaseAccess access)
{
    public const string Lend = "lend";

    public IQueryable<EquipmentItem> Items(Actor actor) => actor.HasRole ? db.EquipmentItems : db.EquipmentItems.Where(_ => false);

    public IQueryable<EquipmentLoan> Loans(Actor actor) => actor.Role switch
    {
        Roles.Admin or Roles.ClientCare => db.EquipmentLoans,
        null => db.EquipmentLoans.Where(_ => false),
        _ => db.EquipmentLoans.Where(l => access.Pets(actor).Select(p => p.Id).Contains(l.PetId)),
    };

    /// <summary>Pets the actor may lend to, and whose loans it may change.</summary>
    public IQueryable<Pet> PetsWorked(Actor actor) => access.PetsForInteractions(actor);

    public static bool MayManageItems(Actor actor) => actor.Role is Roles.Admin or Roles.Coordinator;

    public static bool MayLend(Actor actor) => actor.HasRole;

    public static IReadOnlyList<string> ItemActions(Actor actor, bool free)
    {
        List<string> actions = [];
        if (MayManageItems(actor)) actions.Add(RecordActions.Update);
        if (free && MayLend(actor)) actions.Add(Lend);
        if (CaseAccess.MayArchive(actor)) actions.Add(RecordActions.Archive);
        return actions;
    }

    public static IReadOnlyList<string> LoanActions(Actor actor, string status)
    {
        if (!MayLend(actor)) return [];
        List<string> actions = [];
        if (status == LoanStatuses.CheckedOut) actions.Add(RecordActions.Update);
        if (NextStatuses(actor, status).Count > 0) actions.Add(RecordActions.ChangeStatus);
        if (CaseAccess.MayArchive(actor)) actions.Add(RecordActions.Archive);
        return actions;
    }

    public static IReadOnlyList<string> NextStatuses(Actor actor, string status) =>
        MayLend(actor) ? Data.Records.RecordTypes.EquipmentLoan.Status!.NextFrom(status) : [];
}
