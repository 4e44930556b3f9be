using Aspire.Hosting.ApplicationModel;

namespace Aspire.Hosting;

/// <summary>
/// Hands a project what its data-protection key ring needs (see KeyRingOptions in the service defaults): the certificate
/// that encrypts the keys at rest, and, for a project without a database, a durable folder to keep them in.
/// </summary>
public static class KeyRingResourceExtensions
{
    public static IResourceBuilder<ProjectResource> WithKeyRingCertificate(this IResourceBuilder<ProjectResource> project,
        IResourceBuilder<ParameterResource> certificate) =>
        project.WithEnvironment("DataProtection__Certificate", certificate);

    /// <summary>
    /// Keeps the project's keys in <paramref name="path"/>; by default the checkout's state folder, which outlives the
    /// project's, Redis's and the whole stack's restarts and is shared by the project's replicas on this machine.
    /// </summary>
    public static IResourceBuilder<ProjectResource> WithKeysFolder(this IResourceBuilder<ProjectResource> project, string? path = null) =>
        project.WithEnvironment("DataProtection__KeysFolder",
            path ?? Path.Combine(LocalStateFolder.For(project.ApplicationBuilder), project.Resource.Name, "keys"));
}
