namespace VetCrm.Data.Entities;

/// <summary>The kinds of file a message may carry, as the server recognises them by their first bytes.</summary>
public static class AttachmentContentTypes
{
    public const string Pdf = "application/pdf";
    public const string Png = "image/png";
    public const string Jpeg = "image/jpeg";
    public const string PlainText = "text/plain";
    public static readonly string[] All = [Pdf, Png, Jpeg, PlainText];
}
