var builder = DistributedApplication.CreateBuilder(args);

var postgres = builder.AddLocalPostgres("postgres", port: 15432).WithDataDirectory();
var database = postgres.AddDatabase("vetcrmdb");
var cache = builder.AddLocalRedis("cache", port: 16379);

var adminPassword = builder.AddGeneratedSecret("admin-password");
var demoPassword = builder.AddGeneratedSecret("demo-password");
var operatorKey = builder.AddGeneratedSecret("operator-key", persist: false);
// Encrypts the API's and the web's data-protection keys wherever they are kept: a copy of the keys alone mints nothing.
var keyCertificate = builder.AddGeneratedCertificate("data-protection-certificate", "VetCrm data protection");

var api = builder.AddProject<Projects.VetCrm_Api>("api").WithHttpEndpoint(port: 5200).WithHttpHealthCheck("/health")
    .WithEnvironment("Bootstrap__AdminPassword", adminPassword).WithKeyRingCertificate(keyCertificate)
    .WithEnvironment("Seed__DemoData", "true").WithEnvironment("Seed__DemoPassword", demoPassword)
    .WithReference(database).WithMigrationReference(database).WaitFor(database)
    .WithReference(cache).WaitFor(cache)
    .WithResetDemoDataCommand(postgres, database);

builder.AddProject<Projects.VetCrm_Worker>("worker").WithHttpEndpoint(port: 5300).WithHttpHealthCheck("/health")
    .WithReference(database).WaitFor(api)
    .WithReminderScanCommand(operatorKey);

var web = builder.AddProject<Projects.VetCrm_Web>("web").WithHttpEndpoint(port: 5100).WithExternalHttpEndpoints().WithHttpHealthCheck("/health")
    .AnnounceWhenReady("VetCrm web app")
    .WithKeyRingCertificate(keyCertificate).WithKeysFolder()
    .WithReference(api).WaitFor(api);

// Staff browsers open the API's live channel from the web app's origin.
api.WithEnvironment("Live__AllowedOrigins__0", web.GetEndpoint("http"));

builder.Build().Run();
