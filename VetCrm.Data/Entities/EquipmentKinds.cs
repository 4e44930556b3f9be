namespace VetCrm.Data.Entities;

/// <summary>What kinds of equipment leave the building with a patient.</summary>
public static class EquipmentKinds
{
    public const string HolterMonitor = "holterMonitor";
    public const string MobilityCart = "mobilityCart";
    public const string ECollar = "eCollar";
    public const string OxygenConcentrator = "oxygenConcentrator";
    public const string InfusionPump = "infusionPump";
    public const string SupportSling = "supportSling";
    public const string Other = "other";
    public static readonly string[] All = [HolterMonitor, MobilityCart, ECollar, OxygenConcentrator, InfusionPump, SupportSling, Other];
}
