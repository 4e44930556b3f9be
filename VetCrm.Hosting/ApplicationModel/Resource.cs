namespace VetCrm.Hosting.ApplicationModel;

/// <summary>Something the application model declares and the orchestrator runs: a process, a database, a parameter.</summary>
public interface IResource
{
    string Name { get; }
    ResourceAnnotationCollection Annotations { get; }
}

/// <summary>Marker for metadata attached to a resource (environment, endpoints, waits, replicas …).</summary>
public interface IResourceAnnotation;

public sealed class ResourceAnnotationCollection : List<IResourceAnnotation>;

public abstract class Resource(string name) : IResource
{
    public string Name { get; } = ResourceNames.Validate(name);
    public ResourceAnnotationCollection Annotations { get; } = [];
    public override string ToString() => Name;
}

/// <summary>A resource that receives environment variables (projects and executables).</summary>
public interface IResourceWithEnvironment : IResource;

/// <summary>A resource that others can wait for.</summary>
public interface IResourceWithWaitSupport : IResource;

/// <summary>A resource with a connection string, handed to consumers as <c>ConnectionStrings__{Name}</c>.</summary>
public interface IResourceWithConnectionString : IResource
{
    /// <summary>Available once the orchestrator has allocated ports and secrets.</summary>
    string GetConnectionString();
}

/// <summary>A resource with HTTP endpoints that consumers find by service discovery (<c>services__{Name}__http__0</c>).</summary>
public interface IResourceWithServiceDiscovery : IResource;

/// <summary>A resource that lives inside another (a database inside its server).</summary>
public interface IResourceWithParent : IResource
{
    IResource Parent { get; }
}

internal static class ResourceNames
{
    public static string Validate(string name)
    {
        if (string.IsNullOrWhiteSpace(name) || !name.All(c => char.IsAsciiLetterOrDigit(c) || c == '-') || !char.IsAsciiLetter(name[0]))
        {
            throw new ArgumentException($"Resource name '{name}' is invalid: use ASCII letters, digits and '-', starting with a letter.", nameof(name));
        }
        return name;
    }
}
