using System.Net;

namespace VetCrm.Web.ApiClient;

/// <summary>
/// A non-success answer of the API, with its ProblemDetails: <see cref="Errors"/> is keyed by camelCase field name,
/// which forms map onto their inputs.
/// </summary>
public sealed class ApiProblemException(HttpStatusCode status, string? title, string? detail, IReadOnlyDictionary<string, string[]> errors)
    : Exception(detail ?? title ?? $"The API answered {(int)status}.")
{
    public HttpStatusCode Status => status;
    public string? Title => title;
    public string? Detail => detail;
    public IReadOnlyDictionary<string, string[]> Errors => errors;

    public bool IsValidation => status is HttpStatusCode.BadRequest or HttpStatusCode.UnprocessableEntity || (status == HttpStatusCode.Conflict && !IsStale);

    /// <summary>A concurrent edit: the record changed since the user read it.</summary>
    public bool IsStale => status is HttpStatusCode.PreconditionFailed || (status == HttpStatusCode.Conflict && errors.ContainsKey("version"));
}
