using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using VetCrm.Api.Commands;
using VetCrm.Api.Common;

namespace VetCrm.Api.Messaging;

/// <summary>
/// Reads a message's multipart/form-data body: a <c>body</c> text part and <c>attachments</c> file parts, nothing else.
/// The request may be as large as the configured files allow (the API's 256 KB body limit is lifted for this route
/// only); text is checked as every JSON body's is, and each problem names its part.
/// </summary>
public static class MultipartMessage
{
    public const string BodyPart = "body";
    public const string AttachmentsPart = "attachments";

    public static async Task<(SendMessageRequest? Request, ProblemHttpResult? Problem)> ReadAsync(HttpRequest request, MessagingOptions limits, CancellationToken cancellationToken)
    {
        if (!request.HasFormContentType || !request.ContentType!.StartsWith("multipart/form-data", StringComparison.OrdinalIgnoreCase))
            return (null, TypedResults.Problem("The body must be multipart/form-data with a 'body' part and optional 'attachments' file parts.",
                statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Unsupported media type"));
        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size) size.MaxRequestBodySize = limits.MaxMessageRequestBytes;
        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(new FormOptions
            {
                MultipartBodyLengthLimit = limits.MaxMessageRequestBytes,
                ValueLengthLimit = Data.Entities.Message.BodyLength * 4,
                ValueCountLimit = 16,
            }, cancellationToken);
        }
        catch (BadHttpRequestException exception) when (exception.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return (null, Problem(StatusCodes.Status413PayloadTooLarge, "Payload too large", AttachmentsPart,
                $"The message is larger than {limits.MaxMessageRequestBytes} bytes; each file may be at most {limits.MaxAttachmentBytes} bytes."));
        }
        catch (InvalidDataException exception)
        {
            return (null, Problem(StatusCodes.Status400BadRequest, "Invalid request", "body", $"The multipart body cannot be read: {exception.Message}"));
        }
        catch (IOException exception)
        {
            return (null, Problem(StatusCodes.Status400BadRequest, "Invalid request", "body", $"The multipart body cannot be read: {exception.Message}"));
        }

        var errors = new FieldErrors();
        foreach (var key in form.Keys.Where(k => k != BodyPart)) errors.Add(key, "is not a part of a message (parts: body, attachments).");
        foreach (var file in form.Files.Where(f => f.Name != AttachmentsPart)) errors.Add(file.Name, "is not a part of a message (files go in 'attachments').");
        string? body = null;
        if (form.TryGetValue(BodyPart, out var values))
        {
            if (values.Count > 1) errors.Add(BodyPart, "is given more than once.");
            body = values.FirstOrDefault();
            if (body is not null && StoredText.Problem(body) is { } problem) errors.Add(BodyPart, problem);
        }
        var uploads = new List<AttachmentUpload>();
        foreach (var (file, index) in form.Files.Where(f => f.Name == AttachmentsPart).Select((f, i) => (f, i)))
        {
            if (file.Length > limits.MaxAttachmentBytes)
                return (null, Problem(StatusCodes.Status413PayloadTooLarge, "Payload too large", $"{AttachmentsPart}[{index}]",
                    $"{AttachmentsPart}[{index}] is larger than the limit of {limits.MaxAttachmentBytes} bytes."));
            using var data = new MemoryStream((int)file.Length);
            await file.CopyToAsync(data, cancellationToken);
            uploads.Add(new AttachmentUpload(file.FileName, file.ContentType, data.ToArray()));
        }
        if (errors.Any)
            return (null, TypedResults.Problem("One or more parts are invalid.", statusCode: StatusCodes.Status400BadRequest, title: "Invalid request",
                extensions: new Dictionary<string, object?> { ["errors"] = errors.ToDictionary() }));
        return (new SendMessageRequest(body, uploads), null);
    }

    private static ProblemHttpResult Problem(int status, string title, string field, string detail) =>
        TypedResults.Problem(detail, statusCode: status, title: title,
            extensions: new Dictionary<string, object?> { ["errors"] = new Dictionary<string, string[]> { [field] = [detail] } });
}
