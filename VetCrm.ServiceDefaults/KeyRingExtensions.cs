using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Microsoft.Extensions.Hosting;

/// <summary>
/// Data protection with its keys encrypted at rest by the configured certificate, so that whoever reads where the
/// keys are kept (a database dump, a copied folder) cannot mint or read tokens and cookies without the certificate too.
/// </summary>
public static class KeyRingExtensions
{
    /// <summary>
    /// Data protection under <paramref name="applicationName"/>, new keys encrypted with <see cref="KeyRingOptions.Certificate"/>
    /// and keys from before a rotation decrypted with <see cref="KeyRingOptions.PreviousCertificates"/>. Outside Development a
    /// missing certificate stops the service at startup: keys in plain text would be a silent downgrade. In Development
    /// (a service run on its own, without the AppHost) keys stay unencrypted and data protection logs a warning per key.
    /// </summary>
    public static IDataProtectionBuilder AddEncryptedKeyRing(this IHostApplicationBuilder builder, string applicationName)
    {
        var options = KeyRingOptionsFrom(builder.Configuration);
        var dataProtection = builder.Services.AddDataProtection().SetApplicationName(applicationName);
        if (string.IsNullOrWhiteSpace(options.Certificate))
        {
            return builder.Environment.IsDevelopment()
                ? dataProtection
                : throw new InvalidOperationException($"{KeyRingOptions.Section}:{nameof(KeyRingOptions.Certificate)} is not set: data-protection keys " +
                    "would be stored unencrypted. Set DataProtection__Certificate to a base64 PFX with its private key (the AppHost generates one).");
        }
        var current = LoadCertificate(options.Certificate, nameof(KeyRingOptions.Certificate));
        var previous = options.PreviousCertificates
            .Select((certificate, index) => LoadCertificate(certificate, $"{nameof(KeyRingOptions.PreviousCertificates)}:{index}"));
        return dataProtection.ProtectKeysWithCertificate(current).UnprotectKeysWithAnyCertificate([.. previous]);
    }

    /// <summary>
    /// Keeps the keys in <see cref="KeyRingOptions.KeysFolder"/>, which is required: keys held only in memory would sign
    /// everyone out at each restart. The folder is readable by the service's user alone.
    /// </summary>
    public static IDataProtectionBuilder PersistKeysToConfiguredFolder(this IDataProtectionBuilder dataProtection, IConfiguration configuration)
    {
        var folder = KeyRingOptionsFrom(configuration).KeysFolder;
        if (string.IsNullOrWhiteSpace(folder))
        {
            throw new InvalidOperationException($"{KeyRingOptions.Section}:{nameof(KeyRingOptions.KeysFolder)} is not set: set DataProtection__KeysFolder " +
                "to a durable folder shared by the service's replicas (the AppHost passes one in its state folder).");
        }
        var keys = OperatingSystem.IsWindows()
            ? Directory.CreateDirectory(folder)
            : Directory.CreateDirectory(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        return dataProtection.PersistKeysToFileSystem(keys);
    }

    private static KeyRingOptions KeyRingOptionsFrom(IConfiguration configuration) =>
        configuration.GetSection(KeyRingOptions.Section).Get<KeyRingOptions>() ?? new KeyRingOptions();

    /// <summary>
    /// Loads a PFX without touching an X.509 store (there is none to rely on in a Linux container): the private key
    /// lives in this process's memory only.
    /// </summary>
    private static X509Certificate2 LoadCertificate(string base64Pfx, string setting)
    {
        X509Certificate2 certificate;
        try
        {
            certificate = X509CertificateLoader.LoadPkcs12(Convert.FromBase64String(base64Pfx), password: null, X509KeyStorageFlags.EphemeralKeySet);
        }
        catch (Exception exception) when (exception is FormatException or CryptographicException)
        {
            throw new InvalidOperationException($"{KeyRingOptions.Section}:{setting} is not a base64 PFX without a password: {exception.Message}", exception);
        }
        using var privateKey = certificate.GetRSAPrivateKey();
        return privateKey is not null
            ? certificate
            : throw new InvalidOperationException($"{KeyRingOptions.Section}:{setting} has no RSA private key: keys encrypted with it could not be read back.");
    }
}
