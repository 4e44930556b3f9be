using System.Text;
using VetCrm.Data.Entities;

namespace VetCrm.Api.Messaging;

/// <summary>
/// Tells a file's type from its first bytes (PDF, PNG, JPEG), or plain text when the whole file is valid UTF-8 without
/// control characters; anything else is unknown. The client's declared type is only compared with this, never used.
/// </summary>
public static class AttachmentSniffer
{
    private static readonly byte[] PdfMagic = "%PDF-"u8.ToArray();
    private static readonly byte[] PngMagic = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly byte[] JpegMagic = [0xFF, 0xD8, 0xFF];
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The content type of the bytes, or null when they are none of the accepted kinds.</summary>
    public static string? Sniff(ReadOnlySpan<byte> data)
    {
        if (data.StartsWith(PdfMagic)) return AttachmentContentTypes.Pdf;
        if (data.StartsWith(PngMagic)) return AttachmentContentTypes.Png;
        if (data.StartsWith(JpegMagic)) return AttachmentContentTypes.Jpeg;
        return IsPlainText(data) ? AttachmentContentTypes.PlainText : null;
    }

    /// <summary>Whether a declared content type (e.g. <c>image/png; name=x</c>) names the sniffed one; generic or absent types say nothing.</summary>
    public static bool Agrees(string? declared, string sniffed)
    {
        var mediaType = declared?.Split(';')[0].Trim();
        return string.IsNullOrEmpty(mediaType) || mediaType.Equals("application/octet-stream", StringComparison.OrdinalIgnoreCase)
            || mediaType.Equals(sniffed, StringComparison.OrdinalIgnoreCase)
            || (sniffed == AttachmentContentTypes.Jpeg && mediaType.Equals("image/jpg", StringComparison.OrdinalIgnoreCase));
    }

    private static bool IsPlainText(ReadOnlySpan<byte> data)
    {
        string text;
        try
        {
            text = StrictUtf8.GetString(data);
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
        foreach (var c in text)
        {
            if (char.IsControl(c) && c is not ('\t' or '\r' or '\n' or '\f')) return false;
        }
        return true;
    }
}
