using System.ComponentModel.DataAnnotations;

namespace VetCrm.Api.Messaging;

/// <summary>Configuration section <c>Messaging</c>.</summary>
public sealed class MessagingOptions
{
    public const string Section = "Messaging";

    /// <summary>Largest file one message may carry; a larger one answers 413.</summary>
    [Range(1024, 100L * 1024 * 1024)]
    public long MaxAttachmentBytes { get; set; } = 10L * 1024 * 1024;

    [Range(1, 20)]
    public int MaxAttachmentsPerMessage { get; set; } = 5;

    /// <summary>How long a signed download link works after it was issued.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan AttachmentLinkLifetime { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>The largest multipart request a message may be: its files and some room for the text and the part headers.</summary>
    public long MaxMessageRequestBytes => MaxAttachmentBytes * MaxAttachmentsPerMessage + 256 * 1024;
}
