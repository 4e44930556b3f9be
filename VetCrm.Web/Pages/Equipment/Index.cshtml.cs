using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using VetCrm.Web.ApiClient;

namespace VetCrm.Web.Pages.Equipment;

/// <summary>
/// What is out (or in maintenance), with which pet, since when and due back when, soonest due first, and the stock with
/// what can be lent; both a page at a time. Its Move handler (returned, to maintenance) also serves the case page's loans;
/// it sends the version shown, so a loan changed meanwhile is not overwritten.
/// </summary>
public sealed class IndexModel(VetCrmApiClient api) : PageModel
{
    public static readonly string[] Statuses = ["checkedOut", "maintenance", "returned"];

    [BindProperty(SupportsGet = true)] public string Status { get; set; } = "checkedOut";
    /// <summary>Only this pet's loans (the case page's "all loans" link).</summary>
    [BindProperty(SupportsGet = true)] public Guid? Pet { get; set; }
    [BindProperty(SupportsGet = true)] public string? Cursor { get; set; }
    [BindProperty(SupportsGet = true)] public string? StockCursor { get; set; }

    public IReadOnlyList<EquipmentLoan> Loans { get; private set; } = [];
    public string? NextCursor { get; private set; }
    public IReadOnlyList<EquipmentItem> Stock { get; private set; } = [];
    public string? NextStockCursor { get; private set; }
    public string ReturnUrl => Request.Path + Request.QueryString;
    /// <summary>The query string of this list without its cursors, for tabs and pagers.</summary>
    public string Filter(string status) => $"status={status}{(Pet is { } pet ? $"&pet={pet}" : "")}";
    public LoanListView LoanList => new(Loans, ReturnUrl, ShowPet: true, $"Nothing {ValueSets.Label(Status).ToLowerInvariant()} here.");

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (!Statuses.Contains(Status)) Status = "checkedOut";
        // What is out is read by when it is due back; what came back, latest first.
        var loans = api.ListEquipmentLoansAsync(new EquipmentLoanQuery(Pet: Pet, Status: Status, Order: Status == "checkedOut" ? "dueBackAt" : "-checkedOutAt", Cursor: Cursor), cancellationToken);
        var stock = api.ListEquipmentItemsAsync(null, null, StockCursor, 25, cancellationToken);
        var (loanPage, stockPage) = (await loans, await stock);
        (Loans, NextCursor) = (loanPage.Items, loanPage.NextCursor);
        (Stock, NextStockCursor) = (stockPage.Items, stockPage.NextCursor);
    }

    /// <param name="item">The item's name as shown, for the confirmation.</param>
    public async Task<IActionResult> OnPostMoveAsync(Guid id, uint version, string status, string? item, string? returnUrl, CancellationToken cancellationToken)
    {
        try
        {
            await api.MoveEquipmentLoanAsync(id, status, version, cancellationToken);
            TempData["Flash"] = $"{item} {(status == "returned" ? "returned" : "sent to maintenance")}.";
        }
        catch (ApiProblemException problem) when (problem.IsStale || problem.IsValidation)
        {
            TempData["Flash"] = problem.IsStale ? "Someone changed this loan meanwhile; here it is as it is now." : problem.Detail ?? problem.Message;
        }
        return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl : "/Equipment");
    }
}
