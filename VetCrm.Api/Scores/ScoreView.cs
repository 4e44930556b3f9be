using System.Linq.Expressions;
using System.Text.Json.Serialization;
using VetCrm.Api.Common;
using VetCrm.Api.OpenApi;
using VetCrm.Api.Pets;
using VetCrm.Api.Referrals;
using VetCrm.Api.Users;
using VetCrm.Data.Entities;

namespace VetCrm.Api.Scores;

/// <summary>A recorded score: a <c>value</c> for numeric types or a <c>category</c> for categorical ones; <c>thresholdTask</c> is the task it raised.</summary>
public sealed record ScoreView(
    Guid Id, [property: IncludedAs(typeof(PetView))] RecordRef Pet, [property: IncludedAs(typeof(ReferralView))] RecordRef? Referral,
    [property: IncludedAs(typeof(ScoreTypeView))] RecordRef ScoreType, DateTimeOffset ScoreDate, decimal? Value, string? Category, string? Notes,
    [property: IncludedAs(typeof(UserView))] RecordRef RecordedBy, RecordRef? ThresholdTask,
    DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, DateTimeOffset? ArchivedAt, uint Version) : RecordRef(Id)
{
    public static readonly string[] Includable = ["pet", "referral", "scoreType", "recordedBy"];

    /// <summary>What the caller may do with the score (<c>update</c> while it may still be corrected, <c>archive</c>).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<string>? AllowedActions { get; init; }

    public static Expression<Func<ClinicalScore, ScoreView>> Projection(IReadOnlySet<string> include)
    {
        var pet = include.Contains("pet");
        var referral = include.Contains("referral");
        var scoreType = include.Contains("scoreType");
        var recordedBy = include.Contains("recordedBy");
        Expression<Func<ClinicalScore, ScoreView>> projection = s => new ScoreView(
            s.Id,
            pet ? PetView.Plain.Inline(s.Pet!) : new RecordRef(s.PetId),
            s.ReferralId == null ? null : referral ? ReferralView.Plain.Inline(s.Referral!) : new RecordRef(s.ReferralId.Value),
            scoreType ? ScoreTypeView.Projection.Inline(s.ScoreType!) : new RecordRef(s.ScoreTypeId),
            s.ScoreDate, s.Value, s.Category, s.Notes,
            recordedBy ? UserView.Projection.Inline(s.RecordedBy!) : new RecordRef(s.RecordedById),
            s.ThresholdTaskId == null ? null : new RecordRef(s.ThresholdTaskId.Value),
            s.CreatedAt, s.UpdatedAt, s.ArchivedAt, s.Version);
        return projection.Expand();
    }
}
