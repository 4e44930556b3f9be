namespace VetCrm.Web.ApiClient;

/// <summary>A file of a message; the web serves it through its own download route, which asks the API for a signed link.</summary>
public sealed record MessageAttachment(Guid Id, string FileName, string ContentType, long SizeBytes);
