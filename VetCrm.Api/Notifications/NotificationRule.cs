using VetCrm.Api.Access;
using VetCrm.Api.Tasks;
using VetCrm.Data;
using VetCrm.Data.Entities;

namespace VetCrm.Api.Notifications;

/// <summary>One row of the rule table: an event type, the kind of notice it makes, who gets it, and what that person must be able to see.</summary>
/// <param name="Subjects">The records of this event's type with their recipient and title.</param>
/// <param name="Visible">The records of this type the recipient can see: a notice never points outside its recipient's reach.</param>
public sealed record NotificationRule(
    string EventType, string Kind,
    Func<VetCrmDbContext, IQueryable<NotificationSubject>> Subjects,
    Func<CaseAccess, TaskAccess, Actor, IQueryable<ClinicalRecord>> Visible);
