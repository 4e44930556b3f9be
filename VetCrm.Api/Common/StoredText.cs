namespace VetCrm.Api.Common;

/// <summary>
/// Text PostgreSQL cannot store or compare: a NUL character (refused by <c>text</c>) or a lone UTF-16 surrogate
/// (not encodable as UTF-8). Checked where text enters, in bodies and in query and route values.
/// </summary>
public static class StoredText
{
    public const string Nul = "must not contain NUL characters (\\u0000).";
    public const string InvalidUtf16 = "must be valid Unicode text (it has a lone UTF-16 surrogate or invalid UTF-8).";

    /// <summary>Why the text cannot be stored, or null when it can.</summary>
    public static string? Problem(string text)
    {
        if (text.Contains('\0')) return Nul;
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) i++;
            else if (char.IsSurrogate(text[i])) return InvalidUtf16;
        }
        return null;
    }
}
