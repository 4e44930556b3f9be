using VetCrm.Api.Common;

namespace VetCrm.Api.Search;

/// <summary>The specialist a found pet is assigned to, by name: whom to ask about a case the caller cannot open.</summary>
public sealed record SearchSpecialistView(Guid Id, string FullName) : RecordRef(Id);
