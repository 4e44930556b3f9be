using VetCrm.Hosting.ApplicationModel;

namespace VetCrm.Hosting;

/// <summary>Wiring between resources, with the names and environment conventions of .NET Aspire.</summary>
public static class ResourceBuilderExtensions
{
    /// <summary>Hands the connection string over as <c>ConnectionStrings__{name}</c>.</summary>
    public static IResourceBuilder<T> WithReference<T>(this IResourceBuilder<T> builder, IResourceBuilder<IResourceWithConnectionString> source)
        where T : IResourceWithEnvironment
    {
        var resource = source.Resource;
        return builder
            .WithAnnotation(new ReferenceAnnotation(resource))
            .WithAnnotation(new EnvironmentAnnotation($"ConnectionStrings__{resource.Name}", resource.GetConnectionString, IsSecret: true));
    }

    /// <summary>Hands the http endpoint over as <c>services__{name}__http__0</c>, which service discovery resolves for <c>http://{name}</c>.</summary>
    public static IResourceBuilder<T> WithReference<T>(this IResourceBuilder<T> builder, IResourceBuilder<ProjectResource> source)
        where T : IResourceWithEnvironment
    {
        var resource = source.Resource;
        return builder
            .WithAnnotation(new ReferenceAnnotation(resource))
            .WithAnnotation(new EnvironmentAnnotation($"services__{resource.Name}__http__0", () => resource.HttpEndpoint.Url));
    }

    /// <summary>Starts this resource only once <paramref name="dependency"/> is running and healthy.</summary>
    public static IResourceBuilder<T> WaitFor<T>(this IResourceBuilder<T> builder, IResourceBuilder<IResourceWithWaitSupport> dependency)
        where T : IResource =>
        builder.WithAnnotation(new WaitAnnotation(dependency.Resource));

    public static IResourceBuilder<T> WithEnvironment<T>(this IResourceBuilder<T> builder, string name, string value)
        where T : IResourceWithEnvironment =>
        builder.WithAnnotation(new EnvironmentAnnotation(name, () => value));

    /// <summary>Hands a parameter's value over; secret parameters are masked wherever environment is shown.</summary>
    public static IResourceBuilder<T> WithEnvironment<T>(this IResourceBuilder<T> builder, string name, IResourceBuilder<ParameterResource> parameter)
        where T : IResourceWithEnvironment =>
        builder.WithAnnotation(new EnvironmentAnnotation(name, () => parameter.Resource.Value, parameter.Resource.Secret));

    /// <summary>Hands over another resource's endpoint address (e.g. a browser origin the API must allow).</summary>
    public static IResourceBuilder<T> WithEnvironment<T>(this IResourceBuilder<T> builder, string name, EndpointReference endpoint)
        where T : IResourceWithEnvironment =>
        builder.WithAnnotation(new EnvironmentAnnotation(name, () => endpoint.Url));

    /// <summary>A reference to a declared endpoint, resolved when the application starts.</summary>
    public static EndpointReference GetEndpoint<T>(this IResourceBuilder<T> builder, string name) where T : IResource =>
        new(builder.Resource, name);

    public static IResourceBuilder<T> WithArgs<T>(this IResourceBuilder<T> builder, params string[] args)
        where T : IResource =>
        builder.WithAnnotation(new CommandLineArgsAnnotation(args));

    /// <summary>Declares (or changes) the http endpoint; <paramref name="port"/> is the fixed port of the dev run.</summary>
    public static IResourceBuilder<T> WithHttpEndpoint<T>(this IResourceBuilder<T> builder, int? port = null, string name = "http")
        where T : IResource
    {
        var existing = builder.Resource.Annotations.OfType<EndpointAnnotation>().FirstOrDefault(e => e.Name == name);
        if (existing is not null)
        {
            existing.Port = port;
            return builder;
        }
        return builder.WithAnnotation(new EndpointAnnotation(name, "http", port));
    }

    /// <summary>Marks the http endpoints as meant for people (listed when the app is up).</summary>
    public static IResourceBuilder<T> WithExternalHttpEndpoints<T>(this IResourceBuilder<T> builder)
        where T : IResource
    {
        foreach (var endpoint in builder.Resource.Annotations.OfType<EndpointAnnotation>())
        {
            endpoint.IsExternal = true;
        }
        return builder;
    }

    public static IResourceBuilder<T> WithHttpHealthCheck<T>(this IResourceBuilder<T> builder, string path = "/health")
        where T : IResource =>
        builder.WithAnnotation(new HttpHealthCheckAnnotation(path));

    /// <summary>Runs <paramref name="replicas"/> processes of the project behind one stable address.</summary>
    public static IResourceBuilder<ProjectResource> WithReplicas(this IResourceBuilder<ProjectResource> builder, int replicas)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(replicas, 1);
        return builder.WithAnnotation(new ReplicaAnnotation(replicas));
    }
}
