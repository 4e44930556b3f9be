namespace Aspire.Hosting.ApplicationModel;

/// <summary>
/// Where a local PostgreSQL server keeps its data. A durable folder survives restarts; a transient one (tests) is
/// run without fsync, since it is thrown away anyway.
/// </summary>
public sealed record PostgresDataDirectoryAnnotation(string Path, bool Durable) : IResourceAnnotation;
