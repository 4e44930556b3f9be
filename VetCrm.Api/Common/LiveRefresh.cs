namespace VetCrm.Api.Common;

/// <summary>
/// A screen re-reading a record because a live event said it changed sends <c>X-Live-Refresh: true</c>. Such a read is
/// not a person opening the record, so it is not audited as one (the person's first read was).
/// </summary>
public static class LiveRefresh
{
    public const string Header = "X-Live-Refresh";

    public static bool IsPersonalRead(this HttpRequest request) => !string.Equals(request.Headers[Header], "true", StringComparison.OrdinalIgnoreCase);
}
