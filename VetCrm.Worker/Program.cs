using VetCrm.Data;
using VetCrm.Data.Auditing;
using VetCrm.Data.Live;
using VetCrm.Worker.Equipment;
using VetCrm.Worker.Operations;
using VetCrm.Worker.Reminders;
using VetCrm.Worker.Tasks;
using VetCrm.Worker.Scanning;

// The worker is a small web host so that it has /health, /alive and metrics like every other service.
var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.Services.AddSingleton<SystemAuditActor>();
builder.Services.AddSingleton<IAuditActor>(services => services.GetRequiredService<SystemAuditActor>());
builder.Services.AddSingleton<IOutboxWakeUp, NotifyingOutboxWakeUp>();
builder.AddVetCrmDbContext();
builder.Services.AddOptions<ReminderOptions>().BindConfiguration(ReminderOptions.Section).ValidateDataAnnotations().ValidateOnStart();
builder.Services.AddSingleton<ReminderMetrics>();
builder.Services.AddScoped<ReminderScanner>();
builder.Services.AddSingleton<ReminderWorker>();
builder.Services.AddHostedService(services => services.GetRequiredService<ReminderWorker>());
builder.Services.AddScoped<OverdueTaskScanner>();
builder.Services.AddHostedService<DeadlineScan<OverdueTaskScanner>>();
builder.Services.AddOptions<LoanOptions>().BindConfiguration(LoanOptions.Section).ValidateDataAnnotations().ValidateOnStart();
builder.Services.AddScoped<OverdueLoanScanner>();
builder.Services.AddHostedService<DeadlineScan<OverdueLoanScanner>>();

var app = builder.Build();

app.MapDefaultEndpoints();
app.MapOperatorEndpoints();

app.Run();
