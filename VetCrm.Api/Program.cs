using VetCrm.Api.Status;
using VetCrm.Data;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddVetCrmDbContext();
builder.AddRedisClient("cache");
builder.Services.AddProblemDetails();

var app = builder.Build();

await app.Services.MigrateDatabaseAsync(app.Lifetime.ApplicationStopping);

app.UseExceptionHandler();
app.UseStatusCodePages();

app.MapDefaultEndpoints();
app.MapStatusEndpoints();

app.Run();

public partial class Program;
