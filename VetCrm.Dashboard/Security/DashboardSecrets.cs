using System.Security.Cryptography;
using System.Text;

namespace VetCrm.Dashboard.Security;

/// <summary>
/// The browser login token and the OTLP API key of this run: random, made at start-up, never stored on disk,
/// compared in constant time.
/// </summary>
public sealed class DashboardSecrets(string browserToken, string otlpApiKey)
{
    public string BrowserToken { get; } = browserToken;
    public string OtlpApiKey { get; } = otlpApiKey;

    public static DashboardSecrets Generate() => new(NewSecret(), NewSecret());

    public bool IsBrowserToken(string? candidate) => FixedTimeEquals(candidate, BrowserToken);

    public bool IsOtlpApiKey(string? candidate) => FixedTimeEquals(candidate, OtlpApiKey);

    private static string NewSecret() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));

    private static bool FixedTimeEquals(string? candidate, string secret) =>
        candidate is not null
        && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(candidate), Encoding.UTF8.GetBytes(secret));
}
