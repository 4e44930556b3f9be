using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using VetCrm.Web.ApiClient;
using VetCrm.Web.Auth;
using VetCrm.Web.Display;

namespace VetCrm.Web.Pages.Calendar;

/// <summary>
/// A specialist's or a room's day or week in the hospital's time zone: bookings and the free half hours between them
/// (within opening hours), with check-in and no-show where the API allows them. Specialists open on their own calendar,
/// everyone else on the first room.
/// </summary>
public sealed class IndexModel(VetCrmApiClient api, TimeProvider time) : PageModel
{
    public const string DayView = "day";
    public const string WeekView = "week";
    public static readonly TimeOnly Opens = new(8, 0);
    public static readonly TimeOnly Closes = new(18, 0);
    public static readonly TimeSpan SlotLength = TimeSpan.FromMinutes(30);
    /// <summary>The days a calendar can show: a week and its neighbours stay within what a date and an instant can hold.</summary>
    public static readonly DateOnly FirstDay = new(1900, 1, 1);
    public static readonly DateOnly LastDay = new(9998, 12, 31);

    /// <summary>The moves the day view offers as buttons, with the reason kept in the status history.</summary>
    public static readonly IReadOnlyDictionary<string, (string Label, string Reason)> QuickMoves = new Dictionary<string, (string, string)>
    {
        ["checkedIn"] = ("Check in", "Checked in from the day view."),
        ["noShow"] = ("No-show", "Marked as a no-show from the day view."),
    };

    [BindProperty(SupportsGet = true)] public string? View { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? Date { get; set; }
    [BindProperty(SupportsGet = true)] public Guid? Specialist { get; set; }
    [BindProperty(SupportsGet = true)] public Guid? Room { get; set; }
    /// <summary>The calendar picker's choice: <c>s:{id}</c> for a specialist, <c>r:{id}</c> for a room.</summary>
    [BindProperty(SupportsGet = true)] public string? Of { get; set; }

    public IReadOnlyList<Room> Rooms { get; private set; } = [];
    public IReadOnlyList<StaffUser> Specialists { get; private set; } = [];
    public IReadOnlyList<(DateOnly Day, IReadOnlyList<CalendarSlot> Slots)> Days { get; private set; } = [];
    public DateTimeOffset Now { get; private set; }
    public string Title { get; private set; } = "";

    public bool IsWeek => View == WeekView;
    public DateOnly Shown => Date ?? When.DayOf(time.GetUtcNow());

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (Date is { } asked && (asked < FirstDay || asked > LastDay))
        {
            TempData["Flash"] = $"There is no calendar for {When.Day(asked)}: it shows days from {When.Day(FirstDay)} to {When.Day(LastDay)}.";
            Date = null;
            return Redirect(Link());
        }
        Now = time.GetUtcNow();
        View = View == WeekView ? WeekView : DayView;
        var roomsTask = api.ListRoomsAsync(cancellationToken);
        var specialistsTask = api.ListSpecialistsAsync(cancellationToken);
        Rooms = await roomsTask;
        ApplyPicker();
        Specialists = [.. (await specialistsTask).OrderBy(s => s.DisplayName)];
        if (Specialist is null && Room is null)
        {
            if (User.Role() == StaffClaims.SpecialistRole) Specialist = User.UserId();
            else Room = Rooms.FirstOrDefault()?.Id;
        }
        Title = Specialist is { } specialist
            ? Specialists.FirstOrDefault(s => s.Id == specialist)?.DisplayName ?? "Specialist"
            : Rooms.FirstOrDefault(r => r.Id == Room)?.Name ?? "Room";

        var first = IsWeek ? Shown.AddDays(-(((int)Shown.DayOfWeek + 6) % 7)) : Shown;
        var days = Enumerable.Range(0, IsWeek ? 7 : 1).Select(first.AddDays).ToArray();
        var appointments = await api.ListAppointmentsAsync(
            new AppointmentQuery(Specialist: Specialist, Room: Specialist is null ? Room : null, From: When.At(days[0], TimeOnly.MinValue), To: When.At(days[^1].AddDays(1), TimeOnly.MinValue)),
            cancellationToken);
        Days = [.. days.Select(day => (day, SlotsOf(day, appointments)))];
        return Page();
    }

    public async Task<IActionResult> OnPostStatusAsync(Guid id, string status, uint version, CancellationToken cancellationToken)
    {
        if (!QuickMoves.TryGetValue(status, out var move)) return BadRequest();
        ApplyPicker();
        try
        {
            var moved = await api.MoveAppointmentAsync(id, status, move.Reason, version, cancellationToken);
            TempData["Flash"] = $"Appointment at {When.Time(moved.StartAt)}: {ValueSets.Label(moved.Status).ToLowerInvariant()}.";
        }
        catch (ApiProblemException problem) when (problem.IsValidation || problem.IsStale)
        {
            TempData["Flash"] = $"Not changed: {problem.Detail}";
        }
        return Redirect(Link());
    }

    /// <summary>The picker's choice, when it was used, says whose calendar this is.</summary>
    private void ApplyPicker()
    {
        if (Of?.Split(':') is not [var kind, var value] || !Guid.TryParse(value, out var chosen)) return;
        Specialist = kind == "s" ? chosen : null;
        Room = kind == "s" ? null : chosen;
    }

    /// <summary>Bookings that start on the day, and the free half hours of opening time no live booking covers, in time order.</summary>
    private static List<CalendarSlot> SlotsOf(DateOnly day, IReadOnlyList<Appointment> appointments)
    {
        var dayStart = When.At(day, TimeOnly.MinValue);
        var dayEnd = When.At(day.AddDays(1), TimeOnly.MinValue);
        var slots = appointments.Where(a => a.StartAt >= dayStart && a.StartAt < dayEnd).Select(a => new CalendarSlot(a.StartAt, a.EndAt, a)).ToList();
        var holding = appointments.Where(a => a.Status is not ("cancelled" or "noShow")).ToList();
        for (var start = When.At(day, Opens); start < When.At(day, Closes); start += SlotLength)
        {
            var end = start + SlotLength;
            if (!holding.Any(a => a.StartAt < end && a.EndAt > start)) slots.Add(new CalendarSlot(start, end, null));
        }
        return [.. slots.OrderBy(s => s.StartAt).ThenBy(s => s.IsFree)];
    }

    /// <summary>This calendar with other values, for the day/week switch, the arrows and the pickers.</summary>
    public string Link(string? view = null, DateOnly? date = null) =>
        Url.Page("/Calendar/Index", new { view = view ?? View, date = (date ?? Shown).ToString("yyyy-MM-dd"), specialist = Specialist, room = Specialist is null ? Room : null })!;

    /// <summary>The booking form for a free slot of this calendar; a specialist books itself.</summary>
    public string BookLink(CalendarSlot slot) => Url.Page("/Calendar/Book", new
    {
        start = slot.StartAt.ToString("O"),
        specialist = Specialist ?? (User.Role() == StaffClaims.SpecialistRole ? User.UserId() : null),
        room = Specialist is null ? Room : null,
    })!;
}
