
namespace VetCrm.Web.ApiClient;

/// <summary>The JSON of a ProblemDetails answer.</summary>
internal sealed record ProblemBody(string? Title, string? Detail, Dictionary<string, string[]>? Errors);
