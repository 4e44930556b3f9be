using VetCrm.Api.OpenApi;
using VetCrm.Data.Entities;

namespace VetCrm.Api.Cases;

/// <param name="InteractionType">Only timeline entries of this type.</param>
public sealed record CaseRequest([ValueSet(typeof(InteractionTypes))] string? InteractionType);
