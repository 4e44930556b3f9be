using VetCrm.Hosting.ApplicationModel;
using VetCrm.Hosting.Postgres;
using VetCrm.Hosting.Redis;

namespace VetCrm.Hosting;

/// <summary>The resource types of the model, declared the way .NET Aspire declares them.</summary>
public static class DistributedApplicationBuilderExtensions
{
    /// <summary>
    /// A parameter from configuration <c>Parameters:{name}</c>; with <paramref name="generate"/> a random value is
    /// made on first start and kept in the state directory, so that secrets are never committed.
    /// </summary>
    public static IResourceBuilder<ParameterResource> AddParameter(this IDistributedApplicationBuilder builder, string name, bool secret = false, bool generate = false) =>
        builder.AddResource(new ParameterResource(name, secret, generate));

    public static IResourceBuilder<PostgresServerResource> AddPostgres(this IDistributedApplicationBuilder builder, string name, int? port = null)
    {
        var password = builder.AddParameter($"{name}-password", secret: true, generate: true);
        return builder.AddResource(new PostgresServerResource(name, password.Resource))
            .WithAnnotation(new EndpointAnnotation("tcp", "tcp", port));
    }

    public static IResourceBuilder<PostgresDatabaseResource> AddDatabase(this IResourceBuilder<PostgresServerResource> server, string name, string? databaseName = null)
    {
        var database = new PostgresDatabaseResource(name, databaseName ?? name, server.Resource);
        server.Resource.Databases.Add(database);
        return server.ApplicationBuilder.AddResource(database);
    }

    /// <summary>Keeps the data folder in the state directory so that it survives restarts (ignored by ephemeral test runs).</summary>
    public static IResourceBuilder<PostgresServerResource> WithDataVolume(this IResourceBuilder<PostgresServerResource> server) =>
        server.WithAnnotation(new PersistentDataAnnotation());

    public static IResourceBuilder<RedisResource> AddRedis(this IDistributedApplicationBuilder builder, string name, int? port = null)
    {
        var password = builder.AddParameter($"{name}-password", secret: true, generate: true);
        return builder.AddResource(new RedisResource(name, password.Resource))
            .WithAnnotation(new EndpointAnnotation("tcp", "tcp", port));
    }

    /// <summary>A .NET project the AppHost references; <typeparamref name="TProject"/> is generated from the reference.</summary>
    public static IResourceBuilder<ProjectResource> AddProject<TProject>(this IDistributedApplicationBuilder builder, string name)
        where TProject : IProjectMetadata, new() =>
        builder.AddProject(name, new TProject());

    public static IResourceBuilder<ProjectResource> AddProject(this IDistributedApplicationBuilder builder, string name, IProjectMetadata metadata) =>
        builder.AddResource(new ProjectResource(name, metadata))
            .WithAnnotation(new EndpointAnnotation("http", "http", port: null));
}
