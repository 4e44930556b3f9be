using System.Globalization;

namespace VetCrm.Web.ApiClient;

/// <summary>Appointments and rooms.</summary>
public sealed partial class VetCrmApiClient
{
    public Task<Room[]> ListRoomsAsync(CancellationToken cancellationToken) => GetAsync<Room[]>("/api/rooms", [], cancellationToken);

    /// <summary>Every appointment the query matches, following the pages (a calendar shows the whole window).</summary>
    public async Task<IReadOnlyList<Appointment>> ListAppointmentsAsync(AppointmentQuery query, CancellationToken cancellationToken)
    {
        var all = new List<Appointment>();
        string? cursor = null;
        do
        {
            var page = await GetAsync<Page<Appointment>>("/api/appointments", new()
            {
                ["specialist"] = query.Specialist?.ToString(), ["room"] = query.Room?.ToString(), ["pet"] = query.Pet?.ToString(),
                ["from"] = query.From?.ToString("O", CultureInfo.InvariantCulture), ["to"] = query.To?.ToString("O", CultureInfo.InvariantCulture),
                ["order"] = query.Order, ["limit"] = query.Limit.ToString(CultureInfo.InvariantCulture), ["cursor"] = cursor, ["include"] = "pet,specialist,room",
            }, cancellationToken);
            all.AddRange(page.Items);
            cursor = page.NextCursor;
        } while (cursor is not null);
        return all;
    }

    public Task<Appointment> BookAppointmentAsync(AppointmentWrite appointment, CancellationToken cancellationToken) =>
        SendAsync<Appointment>(HttpMethod.Post, "/api/appointments", appointment, cancellationToken);

    public Task<Appointment> MoveAppointmentAsync(Guid id, string status, string reason, uint version, CancellationToken cancellationToken) =>
        SendAsync<Appointment>(HttpMethod.Post, $"/api/appointments/{id}/status", new { status, reason, version }, cancellationToken);
}
