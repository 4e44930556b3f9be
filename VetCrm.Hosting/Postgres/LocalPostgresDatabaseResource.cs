namespace Aspire.Hosting.ApplicationModel;

/// <summary>
/// A database in a <see cref="LocalPostgresServerResource"/>, created when the server is first ready, with two roles of
/// its own: the owner (<see cref="Owner"/>: schema changes, i.e. migrations) and the application role this resource's
/// connection string logs in as (reads and writes rows only; see <see cref="LocalPostgresDatabaseRoles"/>).
/// </summary>
public sealed class LocalPostgresDatabaseResource(string name, string databaseName, LocalPostgresServerResource parent, ParameterResource applicationPassword,
    LocalPostgresDatabaseOwnerResource owner)
    : Resource(name), IResourceWithParent<LocalPostgresServerResource>, IResourceWithConnectionString
{
    public string DatabaseName { get; } = databaseName;

    public LocalPostgresServerResource Parent { get; } = parent;

    /// <summary>The role the services log in as: <c>{database}_app</c>.</summary>
    public string ApplicationRole => $"{DatabaseName}_app";

    public ParameterResource ApplicationPassword { get; } = applicationPassword;

    /// <summary>The owner's connection, for migrations only.</summary>
    public LocalPostgresDatabaseOwnerResource Owner { get; } = owner;

    public ReferenceExpression ConnectionStringExpression => ReferenceExpression.Create(
        $"Host={Parent.PrimaryEndpoint.Property(EndpointProperty.IPV4Host)};Port={Parent.PrimaryEndpoint.Property(EndpointProperty.Port)};Username={ApplicationRole};Password={ApplicationPassword};Database={DatabaseName}");
}
