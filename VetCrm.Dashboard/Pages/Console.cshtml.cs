using System.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using VetCrm.Hosting.Orchestration;

namespace VetCrm.Dashboard.Pages;

/// <summary>The console output of one resource instance (replicas each have their own), tailed live.</summary>
public sealed class ConsoleModel(ResourceNotificationService notifications, ResourceLoggerService logs) : PageModel
{
    public const int TailLines = 1000;

    public IReadOnlyList<string> Instances { get; private set; } = [];
    public string? Selected { get; private set; }
    public IReadOnlyList<ResourceLogLine> Lines { get; private set; } = [];

    public void OnGet(string? name)
    {
        Instances = [.. notifications.Instances.Select(i => i.Name)];
        Selected = Instances.FirstOrDefault(i => string.Equals(i, name, StringComparison.OrdinalIgnoreCase)) ?? Instances.FirstOrDefault();
        Lines = Selected is null ? [] : [.. logs.GetLines(Selected).TakeLast(TailLines)];
    }

    /// <summary>Everything still buffered for the instance, as a plain text file.</summary>
    public IActionResult OnGetDownload(string name)
    {
        var text = string.Concat(logs.GetLines(name).Select(line => $"{line.Timestamp:O} {line.Text}\n"));
        return File(Encoding.UTF8.GetBytes(text), "text/plain; charset=utf-8", $"{name}.log");
    }
}
