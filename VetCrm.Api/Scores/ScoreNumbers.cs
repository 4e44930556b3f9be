namespace VetCrm.Api.Scores;

/// <summary>Numbers of scales as people write them: 24, not 24.0 (the schema's seed literals carry a decimal place).</summary>
public static class ScoreNumbers
{
    // Dividing by one with many zero decimals drops the trailing zeros of a decimal's scale.
    public static decimal Plain(decimal value) => value / 1.0000000000000000000000000000m;

    public static decimal? Plain(decimal? value) => value is { } v ? Plain(v) : null;
}
