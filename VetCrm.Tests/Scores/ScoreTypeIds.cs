namespace VetCrm.Tests.Scores;

/// <summary>The score types the schema is created with (their ids are fixed in the migration).</summary>
public static class ScoreTypeIds
{
    public const string CmpsSf = "01938a10-0000-7000-8000-000000000001";
    public const string BodyCondition = "01938a10-0000-7000-8000-000000000003";
    public const string Weight = "01938a10-0000-7000-8000-000000000004";
    public const string AcvimMmvd = "01938a10-0000-7000-8000-000000000006";
}
