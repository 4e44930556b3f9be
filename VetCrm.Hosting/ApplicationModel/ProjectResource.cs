namespace VetCrm.Hosting.ApplicationModel;

/// <summary>Where a .NET project lives and what its build produces; generated for each project the AppHost references.</summary>
public interface IProjectMetadata
{
    string ProjectPath { get; }
    string TargetPath { get; }
}

/// <summary>A .NET project, started from its build output as one process per replica.</summary>
public sealed class ProjectResource(string name, IProjectMetadata metadata)
    : Resource(name), IResourceWithEnvironment, IResourceWithServiceDiscovery, IResourceWithWaitSupport
{
    public IProjectMetadata Metadata { get; } = metadata;

    public int Replicas => Annotations.OfType<ReplicaAnnotation>().LastOrDefault()?.Replicas ?? 1;

    public EndpointAnnotation HttpEndpoint => Annotations.OfType<EndpointAnnotation>().First(e => e.Name == "http");
}
