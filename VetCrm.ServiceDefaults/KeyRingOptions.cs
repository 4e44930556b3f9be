namespace Microsoft.Extensions.Hosting;

/// <summary>
/// Where a service's data-protection keys are encrypted and kept, bound from the "DataProtection" section
/// (<c>DataProtection__Certificate</c> and so on, handed over by the AppHost).
/// </summary>
public sealed class KeyRingOptions
{
    public const string Section = "DataProtection";

    /// <summary>Base64 PKCS#12 (PFX) with its private key: encrypts every new key and decrypts the keys written under it.</summary>
    public string? Certificate { get; set; }

    /// <summary>Base64 PFXs of certificates replaced by a rotation: they only decrypt the keys written while they were current.</summary>
    public List<string> PreviousCertificates { get; set; } = [];

    /// <summary>The folder a service without a database keeps its keys in (the web).</summary>
    public string? KeysFolder { get; set; }
}
