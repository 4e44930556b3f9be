namespace VetCrm.Web.ApiClient;

public sealed record ClinicalScore
{
    public Guid Id { get; init; }
    public IdRef? Pet { get; init; }
    public IdRef? ScoreType { get; init; }
    public DateTimeOffset ScoreDate { get; init; }
    public decimal? Value { get; init; }
    public string? Category { get; init; }
    public string? Notes { get; init; }
    public StaffUser? RecordedBy { get; init; }
    public IdRef? ThresholdTask { get; init; }
    public uint Version { get; init; }
    public IReadOnlyList<string> AllowedActions { get; init; } = [];
}
