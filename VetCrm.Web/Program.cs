using VetCrm.Web.ApiClient;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.Services.AddRazorPages();
// "http://api" is resolved by service discovery from services__api__http__0, handed over by the AppHost.
builder.Services.AddHttpClient<VetCrmApiClient>(client => client.BaseAddress = new Uri("https+http://api"));

var app = builder.Build();

if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/Error");
}
app.UseStaticFiles();
app.UseRouting();
app.UseAuthorization();

app.MapDefaultEndpoints();
app.MapRazorPages();

app.Run();
