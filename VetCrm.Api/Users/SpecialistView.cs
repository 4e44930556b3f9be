using VetCrm.Api.Common;

namespace VetCrm.Api.Users;

/// <summary>A specialist as any staff member may see them: enough to assign a case.</summary>
public sealed record SpecialistView(Guid Id, string Username, string FullName) : RecordRef(Id);
