namespace VetCrm.Api.Commands;

/// <summary>
/// The value rules of a command's input, field by field: required, length limits, value sets. Each check returns the
/// value as it is stored (text trimmed, blank as null) and records what is wrong, so one answer names every bad field.
/// </summary>
public sealed class FieldChecks
{
    public FieldErrors Errors { get; } = new();
    public bool Failed => Errors.Any;

    /// <summary>Required text: trimmed, never blank. Answers "" when missing (the command then refuses anyway).</summary>
    public string Required(string field, string? value, int maxLength) => Text(field, value, maxLength, required: true) ?? "";

    /// <summary>Optional text: trimmed, blank stored as null.</summary>
    public string? Optional(string field, string? value, int maxLength) => Text(field, value, maxLength, required: false);

    /// <summary>One of a value set, required. Answers "" when missing or unknown (the command then refuses anyway).</summary>
    public string Choice(string field, string? value, IReadOnlyCollection<string> values) => OneOf(field, Text(field, value, 64, required: true), values) ?? "";

    public string? OptionalChoice(string field, string? value, IReadOnlyCollection<string> values) => OneOf(field, Text(field, value, 64, required: false), values);

    private string? OneOf(string field, string? text, IReadOnlyCollection<string> values)
    {
        if (text is null || values.Contains(text)) return text;
        Errors.Add(field, $"'{text}' is not one of: {string.Join(", ", values)}.");
        return null;
    }

    public T Required<T>(string field, T? value) where T : struct => value ?? Missing(field, default(T));

    public Guid Reference(string field, Guid? id) => id ?? Missing(field, Guid.Empty);

    public T Missing<T>(string field, T placeholder)
    {
        Errors.Add(field, "is required.");
        return placeholder;
    }

    public void Add(string field, string message) => Errors.Add(field, message);

    private string? Text(string field, string? value, int maxLength, bool required)
    {
        var text = value?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            if (required) Errors.Add(field, "is required and cannot be empty.");
            return null;
        }
        if (text.Length > maxLength)
        {
            Errors.Add(field, $"must be at most {maxLength} characters.");
            return null;
        }
        return text;
    }
}
