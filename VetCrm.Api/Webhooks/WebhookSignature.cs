using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace VetCrm.Api.Webhooks;

/// <summary>
/// The <c>VetCrm-Signature</c> header: <c>t=&lt;unix seconds&gt;,v1=&lt;hex HMAC-SHA256(secret, t + "." + body)&gt;</c>.
/// A receiver recomputes v1 over the raw body it got and compares in constant time; t lets it refuse replays.
/// </summary>
public static class WebhookSignature
{
    public const string Header = "VetCrm-Signature";

    public static string Sign(string secret, DateTimeOffset at, ReadOnlySpan<byte> body)
    {
        var timestamp = at.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var prefix = Encoding.UTF8.GetBytes(timestamp + ".");
        var signed = new byte[prefix.Length + body.Length];
        prefix.CopyTo(signed, 0);
        body.CopyTo(signed.AsSpan(prefix.Length));
        var mac = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), signed);
        return $"t={timestamp},v1={Convert.ToHexStringLower(mac)}";
    }
}
