using System.Text;

namespace VetCrm.Api.Messaging;

/// <summary>
/// A client's file name made safe to store and to send back in Content-Disposition: the last path segment only,
/// without control, reserved or lone-surrogate characters, no leading dots, at most 200 characters; a name with
/// nothing left becomes "attachment" with the extension of its sniffed type.
/// </summary>
public static class AttachmentFileNames
{
    public const int MaxLength = 200;
    private const string Reserved = "<>:\"/\\|?*";

    public static string Sanitize(string? fileName, string contentType)
    {
        var name = (fileName ?? "").Replace('\\', '/');
        name = name[(name.LastIndexOf('/') + 1)..];
        var kept = new StringBuilder(name.Length);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (char.IsHighSurrogate(c) && i + 1 < name.Length && char.IsLowSurrogate(name[i + 1]))
            {
                kept.Append(c).Append(name[++i]);
            }
            else if (!char.IsControl(c) && !char.IsSurrogate(c) && !Reserved.Contains(c) && c is not ('\u200e' or '\u200f' or '\u202a' or '\u202b' or '\u202c' or '\u202d' or '\u202e'))
            {
                kept.Append(c);
            }
        }
        var safe = kept.ToString().Trim().TrimStart('.').Trim();
        if (safe.Length > MaxLength)
        {
            var extension = Path.GetExtension(safe);
            safe = extension.Length is > 0 and <= 10 ? safe[..(MaxLength - extension.Length)] + extension : safe[..MaxLength];
        }
        return safe.Length > 0 ? safe : "attachment" + Extension(contentType);
    }

    private static string Extension(string contentType) => contentType switch
    {
        "application/pdf" => ".pdf",
        "image/png" => ".png",
        "image/jpeg" => ".jpg",
        _ => ".txt",
    };
}
