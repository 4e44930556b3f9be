namespace VetCrm.Data.Entities;

public static class ReferralStatuses
{
    public const string Received = "received";
    public const string Triaged = "triaged";
    public const string Scheduled = "scheduled";
    public const string InTreatment = "inTreatment";
    public const string Closed = "closed";
    public const string Declined = "declined";
    public static readonly string[] All = [Received, Triaged, Scheduled, InTreatment, Closed, Declined];

    /// <summary>The moves a referral may make; <see cref="Records.RecordTypes.Referral"/> turns them into its workflow.</summary>
    public static readonly IReadOnlyDictionary<string, string[]> Moves = new Dictionary<string, string[]>
    {
        [Received] = [Triaged, Declined],
        [Triaged] = [Scheduled, Declined],
        [Scheduled] = [InTreatment],
        [InTreatment] = [Closed],
        [Closed] = [],
        [Declined] = [],
    };
}
