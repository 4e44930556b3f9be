namespace VetCrm.Api.Notifications;

/// <summary>What a notice points at: the record (type as in live events: <c>pet</c>, <c>task</c>, <c>treatmentPlan</c>) and its case.</summary>
public sealed record NotificationLink(string RecordType, Guid Id, Guid Pet);
