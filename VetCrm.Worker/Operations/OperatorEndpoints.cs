using System.Security.Cryptography;
using System.Text;
using VetCrm.Worker.Reminders;

namespace VetCrm.Worker.Operations;

/// <summary>
/// What the AppHost's dashboard commands call. Only a caller holding the operator key (<c>Operations:Key</c>, handed
/// over by the AppHost) may use them; without a configured key they do not exist.
/// </summary>
public static class OperatorEndpoints
{
    public const string KeyHeader = "X-Operator-Key";

    public static WebApplication MapOperatorEndpoints(this WebApplication app)
    {
        if (app.Configuration["Operations:Key"] is not { Length: > 0 } key)
        {
            return app;
        }
        var expected = Encoding.UTF8.GetBytes(key);
        app.MapPost("/operations/reminder-scan", async (HttpRequest request, ReminderWorker worker, CancellationToken cancellationToken) =>
        {
            var offered = Encoding.UTF8.GetBytes(request.Headers[KeyHeader].ToString());
            if (!CryptographicOperations.FixedTimeEquals(offered, expected))
            {
                return Results.NotFound();
            }
            var result = await worker.ScanOnceAsync(cancellationToken);
            return Results.Ok(new { flagged = result.Flagged, overdue = result.Overdue, dueSoon = result.DueSoon });
        });
        return app;
    }
}
