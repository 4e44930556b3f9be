using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;

namespace VetCrm.Tests.Webhooks;

/// <summary>
/// A small webhook receiver on a free local port (HttpListener), as an integrator would write one: it keeps what it
/// was sent and answers with the status the test chooses. <see cref="Verify"/> checks a signature as the README says.
/// </summary>
public sealed class WebhookReceiver : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;

    public sealed record Received(string Body, string? Signature, string? EventType, DateTimeOffset At);

    public WebhookReceiver(HttpStatusCode answer = HttpStatusCode.NoContent)
    {
        Answer = answer;
        var port = FreePort();
        Url = $"http://127.0.0.1:{port}/hooks/vetcrm/";
        _listener.Prefixes.Add(Url);
        _listener.Start();
        _loop = Task.Run(ListenAsync);
    }

    public string Url { get; }
    public HttpStatusCode Answer { get; set; }
    public ConcurrentQueue<Received> Requests { get; } = new();

    /// <summary>HMAC-SHA256 over <c>t + "." + body</c> with the secret, compared in constant time with the header's v1.</summary>
    public static bool Verify(string secret, string? header, string body)
    {
        var parts = (header ?? "").Split(',').Select(p => p.Split('=', 2)).Where(p => p.Length == 2).ToDictionary(p => p[0], p => p[1]);
        if (!parts.TryGetValue("t", out var timestamp) || !parts.TryGetValue("v1", out var signature)) return false;
        var expected = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"{timestamp}.{body}"));
        byte[] given;
        try { given = Convert.FromHexString(signature); }
        catch (FormatException) { return false; }
        return CryptographicOperations.FixedTimeEquals(expected, given);
    }

    private async Task ListenAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            HttpListenerContext context;
            try { context = await _listener.GetContextAsync(); }
            catch (Exception) when (_stop.IsCancellationRequested) { return; }
            using (var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8))
            {
                Requests.Enqueue(new Received(await reader.ReadToEndAsync(), context.Request.Headers["VetCrm-Signature"], context.Request.Headers["VetCrm-Event"], DateTimeOffset.UtcNow));
            }
            context.Response.StatusCode = (int)Answer;
            context.Response.Close();
        }
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Close();
        try { _loop.Wait(TimeSpan.FromSeconds(5)); }
        catch (AggregateException) { }
        _stop.Dispose();
    }
}
