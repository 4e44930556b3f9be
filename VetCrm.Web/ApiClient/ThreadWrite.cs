namespace VetCrm.Web.ApiClient;

public sealed record ThreadWrite(IdRef Pet, string? Subject, IReadOnlyList<IdRef> Participants, string? Body);
