namespace Aspire.Hosting;

public static class GeneratedSecretExtensions
{
    /// <summary>
    /// A secret parameter generated on first start: letters and digits (safe in connection strings and command lines),
    /// at least one of each kind, so it passes the usual password rules. Persisted values live in the AppHost's user
    /// secrets, never in the repository.
    /// </summary>
    public static IResourceBuilder<ParameterResource> AddGeneratedSecret(this IDistributedApplicationBuilder builder, string name, bool persist = true) =>
        builder.AddParameter(name, new GenerateParameterDefault
        {
            MinLength = 24,
            Special = false,
            MinLower = 1,
            MinUpper = 1,
            MinNumeric = 1,
        }, secret: true, persist: persist);

    /// <summary>
    /// A certificate parameter generated on first start (<see cref="GeneratedCertificateDefault"/>) and persisted like the
    /// passwords: the key that encrypts the services' data-protection keys at rest.
    /// </summary>
    public static IResourceBuilder<ParameterResource> AddGeneratedCertificate(this IDistributedApplicationBuilder builder, string name, string subject) =>
        builder.AddParameter(name, new GeneratedCertificateDefault(subject, TimeProvider.System), secret: true, persist: true);
}
