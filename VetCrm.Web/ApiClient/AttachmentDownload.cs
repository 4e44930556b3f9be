namespace VetCrm.Web.ApiClient;

/// <summary>An attachment's bytes as the API sent them: its sniffed type and sanitised name.</summary>
public sealed record AttachmentDownload(byte[] Data, string ContentType, string FileName);
