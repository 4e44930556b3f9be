using VetCrm.Data;

// The worker is a small web host so that it has /health, /alive and metrics like every other service.
var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddVetCrmDbContext();
builder.AddRedisClient("cache");

var app = builder.Build();

app.MapDefaultEndpoints();

app.Run();
