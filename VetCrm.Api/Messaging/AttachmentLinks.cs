using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;

namespace VetCrm.Api.Messaging;

/// <summary>
/// Short-lived signed download links: a token protected with ASP.NET Core data protection (keys shared by every
/// replica) binding the attachment, the user it was issued to and its expiry. The download also needs that user's
/// bearer token and re-checks the user's access, so a leaked link is useless to anyone else and to its owner once
/// the case is out of reach.
/// </summary>
public sealed class AttachmentLinks(IDataProtectionProvider protection, IOptions<MessagingOptions> options, TimeProvider time)
{
    private readonly ITimeLimitedDataProtector _protector = protection.CreateProtector("VetCrm.Messaging.AttachmentLink.v1").ToTimeLimitedDataProtector();

    public AttachmentLinkView Issue(Guid attachmentId, Guid userId)
    {
        var expiresAt = time.GetUtcNow() + options.Value.AttachmentLinkLifetime;
        var token = _protector.Protect(Payload(attachmentId, userId), expiresAt);
        return new AttachmentLinkView($"/api/attachments/{attachmentId}?token={Uri.EscapeDataString(token)}", token, expiresAt);
    }

    /// <summary>Whether the token was issued by this system for this attachment and user, and has not expired.</summary>
    public bool Admits(string token, Guid attachmentId, Guid userId)
    {
        try
        {
            var payload = _protector.Unprotect(token, out var expiresAt);
            return payload == Payload(attachmentId, userId) && expiresAt > time.GetUtcNow();
        }
        catch (CryptographicException)
        {
            return false;
        }
        catch (FormatException)
        {
            return false;
        }
    }

    private static string Payload(Guid attachmentId, Guid userId) => $"{attachmentId:N}.{userId:N}";
}
