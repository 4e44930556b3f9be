using System.Text.Json.Serialization;
using VetCrm.Api.Interactions;
using VetCrm.Api.Pets;
using VetCrm.Api.Referrals;
using VetCrm.Api.TreatmentPlans;
using VetCrm.Api.Users;

namespace VetCrm.Api.Common;

/// <summary>
/// A reference to another record, written <c>{"id": "…"}</c>. With <c>include=</c>, the full view (a derived type)
/// stands in its place and serializes with all its fields.
/// </summary>
[JsonDerivedType(typeof(PetView))]
[JsonDerivedType(typeof(ReferralView))]
[JsonDerivedType(typeof(TreatmentPlanView))]
[JsonDerivedType(typeof(InteractionView))]
[JsonDerivedType(typeof(UserView))]
public record RecordRef([property: JsonPropertyOrder(-1)] Guid Id);
