using System.Reflection;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using VetCrm.Web.ApiClient;

namespace VetCrm.Web.Forms;

/// <summary>Puts an API ProblemDetails onto a form: each <c>errors</c> entry next to its input, the rest above the form.</summary>
public static class ApiErrors
{
    /// <param name="input">The page's bound input model, whose property names are the API's field names in PascalCase.</param>
    public static void AddApiProblem(this ModelStateDictionary modelState, ApiProblemException problem, object input, string prefix = "Input")
    {
        var properties = input.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance).Select(p => p.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var (field, messages) in problem.Errors)
        {
            var onInput = properties.Contains(field);
            foreach (var message in messages)
            {
                modelState.AddModelError(onInput ? $"{prefix}.{char.ToUpperInvariant(field[0])}{field[1..]}" : "", $"{ValueSets.Label(field)} {message}");
            }
        }
        if (problem.Errors.Count == 0)
        {
            modelState.AddModelError("", problem.Detail ?? problem.Title ?? problem.Message);
        }
    }
}
