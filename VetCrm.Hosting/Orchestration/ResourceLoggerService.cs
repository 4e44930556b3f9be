namespace VetCrm.Hosting.Orchestration;

/// <summary>One line a resource printed on stdout or stderr.</summary>
public sealed record ResourceLogLine(string Instance, long Sequence, DateTimeOffset Timestamp, string Text, bool IsError);

/// <summary>
/// Console output of every resource instance, kept in a bounded buffer per instance (oldest dropped first),
/// echoed to the AppHost console when asked, and observable for live tails.
/// </summary>
public sealed class ResourceLoggerService(DistributedApplicationOptions options, TimeProvider time)
{
    public const int LinesPerInstance = 5000;

    private readonly Lock _gate = new();
    private readonly Dictionary<string, Queue<ResourceLogLine>> _buffers = new(StringComparer.OrdinalIgnoreCase);
    private long _sequence;

    /// <summary>Raised for every line, after it is stored.</summary>
    public event Action<ResourceLogLine>? LineWritten;

    public IReadOnlyList<ResourceLogLine> GetLines(string instance)
    {
        lock (_gate)
        {
            return _buffers.TryGetValue(instance, out var buffer) ? [.. buffer] : [];
        }
    }

    public IReadOnlyList<string> Instances
    {
        get { lock (_gate) { return [.. _buffers.Keys]; } }
    }

    internal void Write(string instance, string text, bool isError)
    {
        ResourceLogLine line;
        lock (_gate)
        {
            if (!_buffers.TryGetValue(instance, out var buffer))
            {
                _buffers[instance] = buffer = new Queue<ResourceLogLine>();
            }
            line = new ResourceLogLine(instance, ++_sequence, time.GetUtcNow(), text, isError);
            buffer.Enqueue(line);
            if (buffer.Count > LinesPerInstance)
            {
                buffer.Dequeue();
            }
        }
        if (options.EchoResourceOutput)
        {
            ConsoleEcho.Write(instance, text, isError);
        }
        LineWritten?.Invoke(line);
    }
}

/// <summary>Prefixes each resource's lines with its name in a stable colour, as <c>docker compose</c> does.</summary>
internal static class ConsoleEcho
{
    private static readonly ConsoleColor[] Palette =
        [ConsoleColor.Cyan, ConsoleColor.Green, ConsoleColor.Magenta, ConsoleColor.Yellow, ConsoleColor.Blue, ConsoleColor.DarkCyan, ConsoleColor.DarkGreen];
    private static readonly Lock Gate = new();

    public static void Write(string instance, string text, bool isError)
    {
        var colour = Palette[instance.Sum(c => c) % Palette.Length];
        lock (Gate)
        {
            Console.ForegroundColor = colour;
            Console.Write($"{instance,-10}| ");
            Console.ResetColor();
            (isError ? Console.Error : Console.Out).WriteLine(text);
        }
    }
}
