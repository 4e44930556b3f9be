namespace VetCrm.Hosting.ApplicationModel;

/// <summary>An environment variable whose value is computed when the resource starts (ports and secrets are known then).</summary>
public sealed record EnvironmentAnnotation(string Name, Func<string> Value, bool IsSecret = false) : IResourceAnnotation;

/// <summary>The resource starts only after <see cref="Resource"/> is healthy.</summary>
public sealed record WaitAnnotation(IResource Resource) : IResourceAnnotation;

/// <summary>The resource uses <see cref="Resource"/> (drawn as an edge in the dashboard).</summary>
public sealed record ReferenceAnnotation(IResource Resource) : IResourceAnnotation;

/// <summary>How many processes of a project run side by side behind one address.</summary>
public sealed record ReplicaAnnotation(int Replicas) : IResourceAnnotation;

/// <summary>Extra command-line arguments.</summary>
public sealed record CommandLineArgsAnnotation(IReadOnlyList<string> Args) : IResourceAnnotation;

/// <summary>The resource is healthy when GET <see cref="Path"/> on its http endpoint answers 2xx.</summary>
public sealed record HttpHealthCheckAnnotation(string Path) : IResourceAnnotation;

/// <summary>Data of this resource survives restarts of the AppHost (in the state directory, not a temporary one).</summary>
public sealed record PersistentDataAnnotation : IResourceAnnotation;

/// <summary>
/// A network endpoint. <see cref="Port"/> is the port consumers use: fixed in the dev run, or chosen
/// free when the app runs with random ports (tests). The orchestrator fills <see cref="AllocatedPort"/>.
/// </summary>
public sealed class EndpointAnnotation(string name, string scheme, int? port, bool isExternal = false) : IResourceAnnotation
{
    public string Name { get; } = name;
    public string Scheme { get; } = scheme;
    public int? Port { get; set; } = port;
    public bool IsExternal { get; set; } = isExternal;
    public int? AllocatedPort { get; internal set; }

    public string Url => AllocatedPort is { } allocated
        ? $"{Scheme}://127.0.0.1:{allocated}"
        : throw new InvalidOperationException($"Endpoint '{Name}' has no port yet: the application has not started.");
}

/// <summary>An endpoint of a resource as others refer to it; its address exists once ports are allocated.</summary>
public sealed record EndpointReference(IResource Resource, string EndpointName)
{
    public string Url => Resource.Annotations.OfType<EndpointAnnotation>().Single(e => e.Name == EndpointName).Url;
}
