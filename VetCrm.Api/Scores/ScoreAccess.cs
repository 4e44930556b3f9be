using VetCrm.Api.Access;
using VetCrm.Data;
using VetCrm.Data.Entities;

namespace VetCrm.Api.Scores;

/// <summary>
/// Who sees and records scores: reach follows the case as for interaction logs (<see cref="CaseAccess"/>) — admins and
/// client care every case, a specialist the pets assigned to it, a coordinator its own cases. Clinicians record: admins,
/// specialists and coordinators, on cases in their reach. Client care reads scores (to answer owners about weight or
/// pain) but records none, as it writes nothing clinical; weighing is done by clinical staff. Only admins archive.
/// </summary>
public sealed class ScoreAccess(VetCrmDbContext db, CaseAccess access)
{
    public IQueryable<ClinicalScore> Scores(Actor actor) => actor.Role switch
    {
        Roles.Admin or Roles.ClientCare => db.ClinicalScores,
        null => db.ClinicalScores.Where(_ => false),
        _ => db.ClinicalScores.Where(s => access.PetsForInteractions(actor).Select(p => p.Id).Contains(s.PetId)),
    };

    /// <summary>Pets the actor may record scores on.</summary>
    public IQueryable<Pet> Pets(Actor actor) => access.PetsForInteractions(actor);

    public static bool MayRecord(Actor actor) => actor.Role is Roles.Admin or Roles.Specialist or Roles.Coordinator;
}
