using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using VetCrm.Web.ApiClient;
using VetCrm.Web.Display;
using VetCrm.Web.Forms;

namespace VetCrm.Web.Pages.Calendar;

/// <summary>
/// Books a consult: opened from a case or referral (pet and referral known) or from a free slot of the calendar (time,
/// room or specialist known; the pet is found by a search). The API decides; a clash comes back naming the booking in
/// the way.
/// </summary>
public sealed class BookModel(VetCrmApiClient api, SpecialistChoices specialistChoices, TimeProvider time) : PageModel
{
    public static readonly int[] Lengths = [15, 30, 45, 60, 90, 120, 180, 240];

    [BindProperty(SupportsGet = true)] public Guid? Pet { get; set; }
    [BindProperty(SupportsGet = true)] public Guid? Referral { get; set; }
    [BindProperty(SupportsGet = true)] public Guid? Specialist { get; set; }
    [BindProperty(SupportsGet = true)] public Guid? Room { get; set; }
    [BindProperty(SupportsGet = true)] public DateTimeOffset? Start { get; set; }
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty] public BookInput Input { get; set; } = new();

    public Pet? ChosenPet { get; private set; }
    public IReadOnlyList<Pet> PetMatches { get; private set; } = [];
    public IReadOnlyList<SelectListItem> Referrals { get; private set; } = [];
    public IReadOnlyList<SelectListItem> Specialists { get; private set; } = [];
    public IReadOnlyList<SelectListItem> Rooms { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var start = Start ?? When.At(When.DayOf(time.GetUtcNow()).AddDays(1), IndexModel.Opens);
        Input = new BookInput
        {
            Pet = Pet, Referral = Referral, Specialist = Specialist, Room = Room,
            Date = When.DayOf(start), Time = TimeOnly.FromDateTime(When.Local(start).DateTime), Minutes = 30,
        };
        await LoadAsync(cancellationToken);
        if (Input.Specialist is null && ChosenPet?.AssignedSpecialist is { } assigned) Input.Specialist = assigned.Id;
        Specialists = await specialistChoices.LoadAsync(Input.Specialist, cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (Input.Pet is { } pet && Input.Specialist is { } specialist && Input.Room is { } room && Input.Date is { } date && Input.Time is { } at)
        {
            var start = When.At(date, at);
            try
            {
                var booked = await api.BookAppointmentAsync(new AppointmentWrite(new IdRef(pet), Input.Referral is { } referral ? new IdRef(referral) : null,
                    new IdRef(specialist), new IdRef(room), start, start.AddMinutes(Input.Minutes), Input.Reason), cancellationToken);
                TempData["Flash"] = $"Booked {When.Time(booked.StartAt)}–{When.Clock(booked.EndAt)}.";
                return Redirect(Url.Page("/Calendar/Index", new { view = "day", date = date.ToString("yyyy-MM-dd"), room })!);
            }
            catch (ApiProblemException problem) when (problem.Status == System.Net.HttpStatusCode.Conflict && !problem.IsStale)
            {
                ModelState.AddModelError("", $"Not booked: {problem.Detail}");
            }
            catch (ApiProblemException problem) when (problem.IsValidation)
            {
                ModelState.AddApiProblem(problem, Input);
            }
        }
        else
        {
            if (Input.Pet is null) ModelState.AddModelError("Input.Pet", "Choose the pet to book.");
            if (Input.Specialist is null) ModelState.AddModelError("Input.Specialist", "Choose the specialist.");
            if (Input.Room is null) ModelState.AddModelError("Input.Room", "Choose the room.");
            if (Input.Date is null || Input.Time is null) ModelState.AddModelError("Input.Time", "Give the date and the start time.");
        }
        await LoadAsync(cancellationToken);
        Specialists = await specialistChoices.LoadAsync(Input.Specialist, cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Rooms = [.. (await api.ListRoomsAsync(cancellationToken)).Select(r => new SelectListItem(r.Name, r.Id.ToString(), r.Id == Input.Room))];
        if (Input.Pet is { } pet)
        {
            ChosenPet = await api.GetPetAsync(pet, cancellationToken);
            var referrals = await api.ListReferralsAsync(new ReferralQuery(Pet: pet), cancellationToken);
            Referrals = [.. referrals.Items.Select(r => new SelectListItem($"{r.ReferralNumber} · {ValueSets.Label(r.Status)}", r.Id.ToString(), r.Id == Input.Referral))];
        }
        else if (!string.IsNullOrWhiteSpace(Q))
        {
            PetMatches = (await api.ListPetsAsync(new PetQuery(Q: Q, Limit: 10), cancellationToken)).Items;
        }
    }

    /// <summary>This form again with the pet chosen, keeping the slot it was opened from.</summary>
    public string ChoosePetLink(Guid pet) => Url.Page("/Calendar/Book", new { pet, specialist = Specialist, room = Room, start = Start?.ToString("O") })!;

    public sealed class BookInput
    {
        public Guid? Pet { get; set; }
        public Guid? Referral { get; set; }
        public Guid? Specialist { get; set; }
        public Guid? Room { get; set; }
        public DateOnly? Date { get; set; }
        public TimeOnly? Time { get; set; }
        public int Minutes { get; set; } = 30;
        public string? Reason { get; set; }
    }
}
