namespace Aspire.Hosting.ApplicationModel;

/// <summary>
/// A PostgreSQL server run from the machine's own installation as an executable resource (no container engine
/// needed), listening on 127.0.0.1 only, with scram-sha-256 and a generated password.
/// </summary>
public sealed class LocalPostgresServerResource(string name, ParameterResource password, string command)
    : ExecutableResource(name, command, workingDirectory: "/"), IResourceWithConnectionString
{
    internal const string PrimaryEndpointName = "tcp";
    public const string UserName = "postgres";

    public ParameterResource PasswordParameter { get; } = password;

    public EndpointReference PrimaryEndpoint => field ??= new(this, PrimaryEndpointName);

    /// <summary>Databases to create on first start: resource name → database name.</summary>
    public Dictionary<string, string> Databases { get; } = [];

    public string DataDirectory => this.TryGetLastAnnotation<PostgresDataDirectoryAnnotation>(out var data)
        ? data.Path
        : throw new DistributedApplicationException($"PostgreSQL resource '{Name}' has no data directory: call WithDataDirectory.");

    public bool DurableData => this.TryGetLastAnnotation<PostgresDataDirectoryAnnotation>(out var data) && data.Durable;

    public ReferenceExpression ConnectionStringExpression => ReferenceExpression.Create(
        $"Host={PrimaryEndpoint.Property(EndpointProperty.IPV4Host)};Port={PrimaryEndpoint.Property(EndpointProperty.Port)};Username={UserName};Password={PasswordParameter}");
}
