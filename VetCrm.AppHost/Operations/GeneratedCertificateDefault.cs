using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Aspire.Hosting.Publishing;

namespace Aspire.Hosting.ApplicationModel;

/// <summary>
/// A self-signed RSA certificate, made on first start, as a base64 PFX with its private key and no password (the
/// parameter is a secret: the user-secrets file, or the deployment's secret store, is what guards it). It only
/// encrypts data-protection keys, so nobody ever validates its chain or its dates.
/// </summary>
public sealed class GeneratedCertificateDefault(string subject, TimeProvider time) : ParameterDefault
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromDays(3650);

    public override string GetDefaultValue()
    {
        using var key = RSA.Create(3072);
        var request = new CertificateRequest(new X500DistinguishedName($"CN={subject}"), key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyEncipherment | X509KeyUsageFlags.DataEncipherment, critical: true));
        var now = time.GetUtcNow();
        using var certificate = request.CreateSelfSigned(now.AddDays(-1), now + Lifetime);
        return Convert.ToBase64String(certificate.Export(X509ContentType.Pfx));
    }

    /// <summary>Nothing to generate at deployment: the operator provides the certificate as a secret (see README).</summary>
    public override void WriteToManifest(ManifestPublishingContext context)
    {
    }
}
