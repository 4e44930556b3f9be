using System.ComponentModel.DataAnnotations;
using VetCrm.Api.OpenApi;
using VetCrm.Data.Entities;

namespace VetCrm.Api.Tasks;

/// <summary>A move of a task's status; <c>snoozedUntil</c> goes with <c>snoozed</c> only, the reason is optional.</summary>
public sealed record TaskStatusRequest([property: Required, ValueSet(typeof(TaskStatuses))] string? Status, [property: Required] uint? Version, DateTimeOffset? SnoozedUntil, string? Reason);
