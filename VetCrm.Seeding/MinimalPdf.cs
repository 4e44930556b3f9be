using System.Globalization;
using System.Text;

namespace VetCrm.Data.Seeding;

/// <summary>
/// A valid one-page PDF with a few lines of text, written by hand (catalog, page tree, page, Helvetica, content stream
/// and a cross-reference table with exact offsets): what demo attachments and tests need, without a PDF library.
/// </summary>
public static class MinimalPdf
{
    public static byte[] Create(params string[] lines)
    {
        var text = new StringBuilder("BT /F1 12 Tf 56 780 Td 16 TL\n");
        foreach (var line in lines) text.Append('(').Append(Escape(line)).Append(") '\n");
        text.Append("ET");
        var content = text.ToString();
        string[] objects =
        [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
            $"<< /Length {Encoding.ASCII.GetByteCount(content)} >>\nstream\n{content}\nendstream",
        ];
        var pdf = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(Encoding.ASCII.GetByteCount(pdf.ToString()));
            pdf.Append(CultureInfo.InvariantCulture, $"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }
        var xref = Encoding.ASCII.GetByteCount(pdf.ToString());
        pdf.Append(CultureInfo.InvariantCulture, $"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets) pdf.Append(CultureInfo.InvariantCulture, $"{offset:D10} 00000 n \n");
        pdf.Append(CultureInfo.InvariantCulture, $"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.ASCII.GetBytes(pdf.ToString());
    }

    /// <summary>PDF string literal escaping; text outside ASCII is replaced, as the standard font's encoding would not show it.</summary>
    private static string Escape(string line) =>
        string.Concat(line.Select(c => c is '(' or ')' or '\\' ? $"\\{c}" : c is < ' ' or > '~' ? "?" : c.ToString()));
}
