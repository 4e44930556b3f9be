using VetCrm.Api.Common;

namespace VetCrm.Api.TreatmentPlans;

/// <summary>
/// Who saved a plan version, as any reader of the plan may see them: a name to show beside the id (the names are null
/// once the account is removed; its id stays).
/// </summary>
public sealed record VersionSaverView(Guid Id, string? Username, string? FullName) : RecordRef(Id);
