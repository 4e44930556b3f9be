using VetCrm.Dashboard;
using VetCrm.Hosting;

var builder = DistributedApplication.CreateBuilder(args);
builder.AddDashboard();

var postgres = builder.AddPostgres("postgres", port: 54320).WithDataVolume();
var database = postgres.AddDatabase("vetcrmdb");
var cache = builder.AddRedis("cache", port: 63790);

var adminPassword = builder.AddParameter("admin-password", secret: true, generate: true);
var demoPassword = builder.AddParameter("demo-password", secret: true, generate: true);

var api = builder.AddProject<Projects.VetCrm_Api>("api").WithHttpEndpoint(port: 5200).WithHttpHealthCheck("/health")
    .WithEnvironment("Bootstrap__AdminPassword", adminPassword)
    .WithEnvironment("Seed__DemoData", "true").WithEnvironment("Seed__DemoPassword", demoPassword)
    .WithReference(database).WaitFor(database)
    .WithReference(cache).WaitFor(cache);

builder.AddProject<Projects.VetCrm_Worker>("worker").WithHttpEndpoint(port: 5300).WithHttpHealthCheck("/health")
    .WithReference(database).WaitFor(api);

var web = builder.AddProject<Projects.VetCrm_Web>("web").WithHttpEndpoint(port: 5100).WithExternalHttpEndpoints().WithHttpHealthCheck("/health")
    .WithReference(api).WaitFor(api)
    .WithReference(cache);

// Staff browsers open the API's live channel from the web app's origin.
api.WithEnvironment("Live__AllowedOrigins__0", web.GetEndpoint("http"));

builder.Build().Run();
