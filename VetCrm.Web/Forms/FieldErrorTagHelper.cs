using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace VetCrm.Web.Forms;

/// <summary>
/// Ties a field's message to its input for screen readers: the message (<c>asp-validation-for</c>) gets an id of its own,
/// and an input, select or text area (<c>asp-for</c>) whose value was refused is marked <c>aria-invalid</c> and names
/// the message in <c>aria-describedby</c>. Every form shows a field's message next to it, so the id always exists.
/// </summary>
[HtmlTargetElement("input", Attributes = "asp-for")]
[HtmlTargetElement("select", Attributes = "asp-for")]
[HtmlTargetElement("textarea", Attributes = "asp-for")]
[HtmlTargetElement("span", Attributes = "asp-validation-for")]
public sealed class FieldErrorTagHelper : TagHelper
{
    /// <summary>After ASP.NET's own tag helpers (order -1000), which write the name and data-valmsg-for attributes read here.</summary>
    public override int Order => 1000;

    [HtmlAttributeNotBound]
    [ViewContext]
    public ViewContext ViewContext { get; set; } = null!;

    public static string MessageId(string fieldName) => TagBuilder.CreateSanitizedId(fieldName, "_") + "-error";

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        if (output.Attributes["data-valmsg-for"]?.Value?.ToString() is { } messageFor)
        {
            output.Attributes.SetAttribute("id", MessageId(messageFor));
            return;
        }
        if (output.Attributes["name"]?.Value?.ToString() is not { } name || output.Attributes["type"]?.Value?.ToString() == "hidden"
            || ViewContext.ViewData.ModelState[name] is not { Errors.Count: > 0 }) return;
        output.Attributes.SetAttribute("aria-invalid", "true");
        var describedBy = output.Attributes["aria-describedby"]?.Value?.ToString();
        output.Attributes.SetAttribute("aria-describedby", string.IsNullOrEmpty(describedBy) ? MessageId(name) : $"{describedBy} {MessageId(name)}");
    }
}
