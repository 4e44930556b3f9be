using VetCrm.Hosting;

var builder = DistributedApplication.CreateBuilder(args);

var postgres = builder.AddPostgres("postgres", port: 54320).WithDataVolume();
var database = postgres.AddDatabase("vetcrmdb");
var cache = builder.AddRedis("cache", port: 63790);

var adminPassword = builder.AddParameter("admin-password", secret: true, generate: true);

var api = builder.AddProject<Projects.VetCrm_Api>("api").WithHttpEndpoint(port: 5200).WithHttpHealthCheck("/health")
    .WithEnvironment("Bootstrap__AdminPassword", adminPassword).WithEnvironment("Seed__DemoData", "true")
    .WithReference(database).WaitFor(database)
    .WithReference(cache).WaitFor(cache);

builder.AddProject<Projects.VetCrm_Worker>("worker").WithHttpEndpoint(port: 5300).WithHttpHealthCheck("/health")
    .WithReference(database).WaitFor(api)
    .WithReference(cache);

builder.AddProject<Projects.VetCrm_Web>("web").WithHttpEndpoint(port: 5100).WithExternalHttpEndpoints().WithHttpHealthCheck("/health")
    .WithReference(api).WaitFor(api)
    .WithReference(cache);

builder.Build().Run();

public partial class Program;
