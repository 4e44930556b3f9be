using System.ComponentModel.DataAnnotations;
using VetCrm.Api.OpenApi;
using VetCrm.Data.Entities;

namespace VetCrm.Api.Equipment;

/// <summary>Back in service (<c>returned</c>) or back for repair (<c>maintenance</c>), with the version read; the reason is optional.</summary>
public sealed record LoanStatusRequest([property: Required, ValueSet(typeof(LoanStatuses))] string? Status, [property: Required] uint? Version, string? Reason);
