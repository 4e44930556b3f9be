namespace Aspire.Hosting.ApplicationModel;

/// <summary>A Redis server run from the machine's redis-server as an executable resource, on 127.0.0.1, password-protected, without persistence.</summary>
public sealed class LocalRedisResource(string name, ParameterResource password, string command)
    : ExecutableResource(name, command, workingDirectory: "/"), IResourceWithConnectionString
{
    internal const string PrimaryEndpointName = "tcp";

    public ParameterResource PasswordParameter { get; } = password;

    public EndpointReference PrimaryEndpoint => field ??= new(this, PrimaryEndpointName);

    public ReferenceExpression ConnectionStringExpression => ReferenceExpression.Create(
        $"{PrimaryEndpoint.Property(EndpointProperty.IPV4Host)}:{PrimaryEndpoint.Property(EndpointProperty.Port)},password={PasswordParameter}");
}
