using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using VetCrm.Web.ApiClient;
using VetCrm.Web.Display;
using VetCrm.Web.Forms;

namespace VetCrm.Web.Pages.Equipment;

/// <summary>
/// Lends an item to a pet: from the case page (the pet is known; pick a free item) or from the equipment page (the item is
/// known; find the pet by name, owner or phone). With the pet known, q finds items by name or serial number instead. Due back is a time at the hospital; the API refuses an item already out.
/// </summary>
public sealed class LendModel(VetCrmApiClient api, TimeProvider time) : PageModel
{
    private static readonly TimeSpan DefaultLoan = TimeSpan.FromDays(7);
    /// <summary>Free items offered at once; a larger stock is narrowed with q.</summary>
    public const int MaxChoices = 50;

    [BindProperty(SupportsGet = true, Name = "pet")] public Guid? PetId { get; set; }
    [BindProperty(SupportsGet = true, Name = "item")] public Guid? ItemId { get; set; }
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty] public LendInput Input { get; set; } = new();

    public Pet? Pet { get; private set; }
    public EquipmentItem? Item { get; private set; }
    public IReadOnlyList<EquipmentItem> FreeItems { get; private set; } = [];
    public IReadOnlyList<Pet> PetMatches { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Input.DueBack = When.Local(time.GetUtcNow() + DefaultLoan).DateTime;
        await LoadAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var item = ItemId ?? Input.EquipmentItem;
        if (PetId is not { } pet || item is null || Input.DueBack is not { } dueBack)
        {
            if (PetId is null) ModelState.AddModelError("", "Choose the pet the equipment goes home with.");
            if (item is null) ModelState.AddModelError("Input.EquipmentItem", "Choose the item to lend.");
            if (Input.DueBack is null) ModelState.AddModelError("Input.DueBack", "Say when it is due back.");
            await LoadAsync(cancellationToken);
            return Page();
        }
        try
        {
            var dueBackAt = When.At(DateOnly.FromDateTime(dueBack), TimeOnly.FromDateTime(dueBack));
            var loan = await api.LendEquipmentAsync(item.Value, pet, dueBackAt, Input.Notes, cancellationToken);
            var lent = await api.GetEquipmentItemAsync(item.Value, cancellationToken);
            TempData["Flash"] = $"{lent.Name} lent, due back {When.Time(loan.DueBackAt)}.";
            return Redirect($"/Pets/{pet}#loans-title");
        }
        catch (ApiProblemException problem) when (problem.IsValidation || problem.Status == System.Net.HttpStatusCode.Forbidden)
        {
            ModelState.AddApiProblem(problem, Input);
            await LoadAsync(cancellationToken);
            return Page();
        }
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        if (PetId is { } pet) Pet = await api.GetPetAsync(pet, cancellationToken);
        else if (!string.IsNullOrWhiteSpace(Q)) PetMatches = (await api.ListPetsAsync(new PetQuery(Q: Q, Limit: 10), cancellationToken)).Items;
        if (ItemId is { } item) Item = await api.GetEquipmentItemAsync(item, cancellationToken);
        else FreeItems = (await api.ListEquipmentItemsAsync("available", PetId is null ? null : Q, null, MaxChoices, cancellationToken)).Items;
    }

    public sealed class LendInput
    {
        public Guid? EquipmentItem { get; set; }
        public DateTime? DueBack { get; set; }
        public string? Notes { get; set; }
    }
}
