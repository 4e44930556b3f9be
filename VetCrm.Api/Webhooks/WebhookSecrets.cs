using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.WebUtilities;

namespace VetCrm.Api.Webhooks;

/// <summary>Signing secrets: generated (32 random bytes) or given, stored encrypted with the shared data-protection keys.</summary>
public sealed class WebhookSecrets(IDataProtectionProvider protection)
{
    private readonly IDataProtector _protector = protection.CreateProtector("VetCrm.Webhooks.Secret");

    public static string Generate() => "whsec_" + WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32));

    public string Protect(string secret) => _protector.Protect(secret);

    public string Unprotect(string protectedSecret) => _protector.Unprotect(protectedSecret);
}
