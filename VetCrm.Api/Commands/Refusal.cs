namespace VetCrm.Api.Commands;

/// <summary>Why a command did nothing: the record is out of reach, the caller may not, the record moved on, the input is wrong, or the credentials (or too many tries).</summary>
public sealed record Refusal(RefusalKind Kind, string Detail, FieldErrors? Errors = null, TimeSpan? RetryAfter = null)
{
    /// <summary>Further members of the ProblemDetails, e.g. the booking a new one clashes with.</summary>
    public IReadOnlyDictionary<string, object?>? Extensions { get; init; }

    /// <summary>Credentials that did not work (the same words whether the account exists or not).</summary>
    public static Refusal Unauthorized(string detail) => new(RefusalKind.Unauthorized, detail);

    public static Refusal TooManyAttempts(string detail, TimeSpan retryAfter) => new(RefusalKind.TooManyAttempts, detail, RetryAfter: retryAfter);

    /// <summary>Out of reach or absent alike, so that a record's existence is not revealed.</summary>
    public static Refusal NotFound(string what) => new(RefusalKind.NotFound, $"The {what} was not found.");

    public static Refusal Forbidden(string detail) => new(RefusalKind.Forbidden, detail);

    public static Refusal Conflict(string detail, string field)
    {
        var errors = new FieldErrors();
        errors.Add(field, detail);
        return new(RefusalKind.Conflict, detail, errors);
    }

    public static Refusal Invalid(FieldErrors errors) => new(RefusalKind.Invalid, "One or more fields are invalid.", errors);

    public static Refusal Invalid(string field, string message)
    {
        var errors = new FieldErrors();
        errors.Add(field, message);
        return new(RefusalKind.Invalid, message, errors);
    }
}
