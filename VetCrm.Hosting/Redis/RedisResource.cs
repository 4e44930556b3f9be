using VetCrm.Hosting.ApplicationModel;

namespace VetCrm.Hosting.Redis;

/// <summary>A Redis server run from the machine's redis-server, on 127.0.0.1 with a generated password.</summary>
public sealed class RedisResource(string name, ParameterResource password)
    : Resource(name), IResourceWithConnectionString, IResourceWithWaitSupport
{
    public ParameterResource Password { get; } = password;
    public EndpointAnnotation Endpoint => Annotations.OfType<EndpointAnnotation>().First();

    public string GetConnectionString() => $"127.0.0.1:{Endpoint.AllocatedPort},password={Password.Value}";
}
