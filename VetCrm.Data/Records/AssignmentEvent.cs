namespace VetCrm.Data.Records;

/// <summary>A record's "who is responsible" field and the live event raised when it is set or changes, so that the new person can be told.</summary>
/// <param name="Property">The entity property holding the user id, e.g. <c>AssigneeId</c>.</param>
/// <param name="EventType">The live event type, e.g. <c>task.assigned</c>.</param>
public sealed record AssignmentEvent(string Property, string EventType);
