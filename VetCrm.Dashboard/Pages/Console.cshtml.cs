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
}
