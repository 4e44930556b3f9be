using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using VetCrm.Tests.Api;

namespace VetCrm.Tests.Messaging;

/// <summary>What the messaging tests do over and over: start a thread, send a multipart message, fetch a file by its signed link.</summary>
public static class Threads
{
    public static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0];

    public static async Task<ApiResponse> StartAsync(ApiClient creator, string petId, IEnumerable<ApiClient> others, string subject = "Echo results for review", string? referralId = null) =>
        await creator.PostAsync("/api/message-threads", new
        {
            pet = new { id = petId },
            referral = referralId is null ? null : new { id = referralId },
            subject,
            participants = others.Select(o => new { id = o.UserId }).ToArray(),
            body = "Could you look at the echo before Thursday?",
        });

    /// <summary>A file part: name, declared content type (null: none), bytes.</summary>
    public sealed record FilePart(string FileName, string? ContentType, byte[] Data);

    public static async Task<ApiResponse> SendAsync(ApiClient sender, string threadId, string? body, params FilePart[] files)
    {
        using var form = new MultipartFormDataContent();
        if (body is not null) form.Add(new StringContent(body), "body");
        foreach (var file in files)
        {
            var part = new ByteArrayContent(file.Data);
            if (file.ContentType is not null) part.Headers.ContentType = MediaTypeHeaderValue.Parse(file.ContentType);
            form.Add(part, "attachments", file.FileName);
        }
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/message-threads/{threadId}/messages") { Content = form };
        return await sender.SendAsync(request);
    }

    public static async Task<HttpResponseMessage> DownloadAsync(ApiClient user, string attachmentId, string token) =>
        await user.Http.GetAsync($"/api/attachments/{attachmentId}?token={Uri.EscapeDataString(token)}");

    public static async Task<string> LinkTokenAsync(ApiClient user, string attachmentId) =>
        (await user.PostAsync($"/api/attachments/{attachmentId}/link")).Expect(HttpStatusCode.OK).Object["token"]!.GetValue<string>();

    public static JsonObject ReceiptOf(JsonObject message, ApiClient recipient) =>
        message["receipts"]!.AsArray().Select(r => r!.AsObject()).Single(r => r["recipient"]!["id"]!.GetValue<string>() == recipient.UserId.ToString());
}
