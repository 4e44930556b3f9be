namespace Aspire.Hosting.ApplicationModel;

/// <summary>
/// The owner of a <see cref="LocalPostgresDatabaseResource"/> as a connection of its own (resource <c>{database}-owner</c>):
/// the role <c>{database}_owner</c> owns the database, its schema and its tables, so it can migrate; it is no superuser.
/// Hand it only to the service that migrates.
/// </summary>
public sealed class LocalPostgresDatabaseOwnerResource(string name, string databaseName, LocalPostgresServerResource server, ParameterResource password)
    : Resource(name), IResourceWithParent<LocalPostgresServerResource>, IResourceWithConnectionString
{
    public LocalPostgresServerResource Parent { get; } = server;

    public string Role => $"{databaseName}_owner";

    public ParameterResource Password { get; } = password;

    public ReferenceExpression ConnectionStringExpression => ReferenceExpression.Create(
        $"Host={Parent.PrimaryEndpoint.Property(EndpointProperty.IPV4Host)};Port={Parent.PrimaryEndpoint.Property(EndpointProperty.Port)};Username={Role};Password={Password};Database={databaseName}");
}
