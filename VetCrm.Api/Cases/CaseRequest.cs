namespace VetCrm.Api.Cases;

/// <param name="InteractionType">Only timeline entries of this type.</param>
public sealed record CaseRequest(string? InteractionType);
