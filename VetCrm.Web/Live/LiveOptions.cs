namespace VetCrm.Web.Live;

/// <summary>Where browsers open the API's live channel (configuration <c>Live:HubUrl</c>).</summary>
public sealed class LiveOptions
{
    public const string Section = "Live";

    /// <summary>Defaults to the API address the AppHost hands over (services:api:http:0) plus <c>/hubs/clinic</c>.</summary>
    public string? HubUrl { get; set; }
}
