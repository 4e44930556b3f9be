using System.Linq.Expressions;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;

using VetCrm.Api.Commands;

namespace VetCrm.Api.Common;

/// <summary>Parses <c>include=pet,receivedBy</c> against what a list offers.</summary>
public static class Includes
{
    public static readonly IReadOnlySet<string> None = new HashSet<string>();

    public static HashSet<string> Parse(string? include, IReadOnlyCollection<string> allowed, FieldErrors errors)
    {
        var requested = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in (include ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (allowed.Contains(name)) requested.Add(name);
            else errors.Add("include", $"'{name}' cannot be included; use any of: {string.Join(", ", allowed)}.");
        }
        return requested;
    }
}
