using System.Net.Http.Headers;
using Microsoft.AspNetCore.Http;

namespace VetCrm.Web.ApiClient;

/// <summary>Message threads, messages with files, and attachment downloads through signed links.</summary>
public sealed partial class VetCrmApiClient
{
    public Task<Page<MessageThread>> ListThreadsAsync(Guid? pet, bool mine, string? cursor, CancellationToken cancellationToken) =>
        GetAsync<Page<MessageThread>>("/api/message-threads", new()
        {
            ["pet"] = pet?.ToString(), ["mine"] = mine ? "true" : null, ["cursor"] = cursor, ["limit"] = "20",
        }, cancellationToken);

    public Task<MessageThread> GetThreadAsync(Guid id, CancellationToken cancellationToken) =>
        GetAsync<MessageThread>($"/api/message-threads/{id}", [], cancellationToken);

    public Task<MessageThread> StartThreadAsync(ThreadWrite thread, CancellationToken cancellationToken) =>
        SendAsync<MessageThread>(HttpMethod.Post, "/api/message-threads", thread, cancellationToken);

    public Task<MessageThread> MarkThreadReadAsync(Guid id, CancellationToken cancellationToken) =>
        SendAsync<MessageThread>(HttpMethod.Post, $"/api/message-threads/{id}/read", null, cancellationToken);

    /// <summary>Sends the text and the browser's files as they came (the API decides their types from their content).</summary>
    public async Task<ThreadMessage> SendMessageAsync(Guid threadId, string? body, IEnumerable<IFormFile> files, CancellationToken cancellationToken)
    {
        using var form = new MultipartFormDataContent();
        form.Add(new StringContent(body ?? ""), "body");
        foreach (var file in files)
        {
            var part = new StreamContent(file.OpenReadStream());
            if (!string.IsNullOrEmpty(file.ContentType)) part.Headers.ContentType = MediaTypeHeaderValue.Parse(file.ContentType);
            form.Add(part, "attachments", file.FileName);
        }
        return await SendContentAsync<ThreadMessage>(HttpMethod.Post, $"/api/message-threads/{threadId}/messages", form, cancellationToken);
    }

    /// <summary>Asks for a signed link for the signed-in user and fetches the file with it and the same user's token.</summary>
    public async Task<AttachmentDownload> DownloadAttachmentAsync(Guid id, CancellationToken cancellationToken)
    {
        var link = await SendAsync<AttachmentLink>(HttpMethod.Post, $"/api/attachments/{id}/link", null, cancellationToken);
        using var response = await http.GetAsync(link.Url, cancellationToken);
        if (!response.IsSuccessStatusCode) throw await ProblemAsync(response, cancellationToken);
        var headers = response.Content.Headers;
        return new AttachmentDownload(await response.Content.ReadAsByteArrayAsync(cancellationToken), headers.ContentType?.MediaType ?? "application/octet-stream",
            headers.ContentDisposition?.FileNameStar ?? headers.ContentDisposition?.FileName?.Trim('"') ?? "attachment");
    }
}
