using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using VetCrm.Web.ApiClient;
using VetCrm.Web.Forms;

namespace VetCrm.Web.Pages.Messages;

/// <summary>
/// One thread: its messages with files and receipts, and a reply form with files. A participant opening the page reads
/// the thread (the senders see "Read by …" live); the page re-reads itself when a message or receipt arrives.
/// </summary>
public sealed class ThreadModel(VetCrmApiClient api) : PageModel
{
    public const string SendMessage = "sendMessage";
    private const string MarkRead = "markRead";

    public MessageThread Thread { get; private set; } = new();

    [BindProperty] public ReplyInput Input { get; set; } = new();
    [BindProperty] public List<IFormFile> Attachments { get; set; } = [];

    public async Task OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        Thread = await api.GetThreadAsync(id, cancellationToken);
        if (Thread.UnreadCount > 0 && Thread.May(MarkRead)) Thread = await api.MarkThreadReadAsync(id, cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (ModelState.IsValid)
        {
            try
            {
                await api.SendMessageAsync(id, Input.Body, Attachments, cancellationToken);
                return RedirectToPage(new { id });
            }
            catch (ApiProblemException problem) when (problem.IsValidation || problem.Status is System.Net.HttpStatusCode.RequestEntityTooLarge or System.Net.HttpStatusCode.UnsupportedMediaType)
            {
                ModelState.AddApiProblem(problem, Input);
            }
        }
        Thread = await api.GetThreadAsync(id, cancellationToken);
        return Page();
    }

    public sealed class ReplyInput
    {
        [Required, MaxLength(10_000)] public string? Body { get; set; }
    }
}
