namespace VetCrm.Web.Display;

/// <summary>The hospital's settings that shape what staff see (configuration section <c>Hospital</c>).</summary>
public sealed class HospitalOptions
{
    public const string Section = "Hospital";

    /// <summary>IANA time zone id of the hospital: times on screen and calendar days and weeks follow it.</summary>
    public string TimeZone { get; set; } = "Europe/London";
}
