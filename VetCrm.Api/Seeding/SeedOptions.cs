namespace VetCrm.Api.Seeding;

/// <summary>Bound from <c>Seed</c>: the dev AppHost sets <c>Seed__DemoData=true</c>; tests leave it off.</summary>
public sealed class SeedOptions
{
    public const string Section = "Seed";
    public bool DemoData { get; set; }
    public int DemoPets { get; set; } = 300;
    /// <summary>Password of every demo staff account (dev data only).</summary>
    public string DemoPassword { get; set; } = "VetCrm-demo-2026";
}
