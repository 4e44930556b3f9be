using VetCrm.Hosting.ApplicationModel;

namespace VetCrm.Hosting.Postgres;

/// <summary>A PostgreSQL server run from the machine's PostgreSQL installation (initdb + postgres), on 127.0.0.1.</summary>
public sealed class PostgresServerResource(string name, ParameterResource password)
    : Resource(name), IResourceWithConnectionString, IResourceWithWaitSupport
{
    public const string UserName = "postgres";

    public ParameterResource Password { get; } = password;
    public List<PostgresDatabaseResource> Databases { get; } = [];
    public EndpointAnnotation Endpoint => Annotations.OfType<EndpointAnnotation>().First();

    public string GetConnectionString() =>
        $"Host=127.0.0.1;Port={Endpoint.AllocatedPort};Username={UserName};Password={Password.Value}";
}

/// <summary>A database inside a <see cref="PostgresServerResource"/>, created when the server first starts.</summary>
public sealed class PostgresDatabaseResource(string name, string databaseName, PostgresServerResource parent)
    : Resource(name), IResourceWithConnectionString, IResourceWithParent, IResourceWithWaitSupport
{
    public string DatabaseName { get; } = databaseName;
    public PostgresServerResource Server { get; } = parent;
    IResource IResourceWithParent.Parent => Server;

    public string GetConnectionString() => $"{Server.GetConnectionString()};Database={DatabaseName}";
}
