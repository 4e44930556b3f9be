using System.Linq.Expressions;
using System.Text.Json.Serialization;
using VetCrm.Api.Common;
using VetCrm.Api.OpenApi;
using VetCrm.Api.Pets;
using VetCrm.Api.Referrals;
using VetCrm.Api.Users;
using VetCrm.Data.Entities;

namespace VetCrm.Api.TreatmentPlans;

/// <summary>
/// A treatment plan. diagnosisNotes and medicationNotes are left out of the JSON entirely for client care
/// (and medicationNotes when empty); <c>revision</c> is the number of the latest saved plan version.
/// </summary>
public sealed record TreatmentPlanView(
    Guid Id, string PlanTitle, [property: IncludedAs(typeof(PetView))] RecordRef Pet, [property: IncludedAs(typeof(ReferralView))] RecordRef Referral,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull), MayBeAbsent(TreatmentPlanView.ClinicalNotesHidden)] string? DiagnosisNotes,
    [property: ValueSet(typeof(PlanStatuses))] string PlanStatus, DateOnly? NextReviewDate,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull), MayBeAbsent(TreatmentPlanView.ClinicalNotesHidden + " Also absent when empty.")] string? MedicationNotes,
    string ClientInstructions, [property: IncludedAs(typeof(UserView))] RecordRef CreatedBy, int Revision,
    DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, DateTimeOffset? ArchivedAt, uint Version) : RecordRef(Id)
{
    public const string ClinicalNotesHidden = "Absent for clientCare, which may not read clinical notes.";

    public static readonly string[] Includable = ["pet", "referral", "createdBy"];

    /// <summary>The plan as clinicians see it, references as ids: what an <c>include=treatmentPlan</c> inlines for them.</summary>
    public static readonly Expression<Func<TreatmentPlan, TreatmentPlanView>> Clinical = Projection(Includes.None, clinicalNotes: true);

    /// <summary>The same for client care: no clinical notes.</summary>
    public static readonly Expression<Func<TreatmentPlan, TreatmentPlanView>> ClientFacing = Projection(Includes.None, clinicalNotes: false);

    /// <summary>What the caller may do with the plan; absent on a plan included in another record.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<string>? AllowedActions { get; init; }

    /// <summary>The statuses the caller may move the plan to; absent on an included plan.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull), ValueSet(typeof(PlanStatuses))]
    public IReadOnlyList<string>? NextStatuses { get; init; }

    public static Expression<Func<TreatmentPlan, TreatmentPlanView>> Projection(IReadOnlySet<string> include, bool clinicalNotes)
    {
        var pet = include.Contains("pet");
        var referral = include.Contains("referral");
        var createdBy = include.Contains("createdBy");
        Expression<Func<TreatmentPlan, TreatmentPlanView>> projection = p => new TreatmentPlanView(
            p.Id, p.PlanTitle,
            pet ? PetView.Plain.Inline(p.Pet!) : new RecordRef(p.PetId),
            referral ? ReferralView.Plain.Inline(p.Referral!) : new RecordRef(p.ReferralId),
            clinicalNotes ? p.DiagnosisNotes : null,
            p.PlanStatus, p.NextReviewDate,
            clinicalNotes ? p.MedicationNotes : null,
            p.ClientInstructions,
            createdBy ? UserView.Projection.Inline(p.CreatedByUser!) : new RecordRef(p.CreatedByUserId),
            p.Revision, p.CreatedAt, p.UpdatedAt, p.ArchivedAt, p.Version);
        return projection.Expand();
    }
}
