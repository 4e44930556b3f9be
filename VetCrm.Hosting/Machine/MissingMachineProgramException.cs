namespace Aspire.Hosting.ApplicationModel;

/// <summary>A program a local resource needs is not installed; the message names the package.</summary>
public sealed class MissingMachineProgramException(string message) : DistributedApplicationException(message);
