namespace VetCrm.Api.Webhooks;

/// <summary>How deliveries are attempted (configuration section <c>Webhooks</c>).</summary>
public sealed class WebhookOptions
{
    public const string Section = "Webhooks";

    /// <summary>Attempts per delivery before it is marked failed (a redeliver grants one more).</summary>
    public int MaxAttempts { get; set; } = 8;

    /// <summary>The wait before the second attempt; each later wait doubles (2 s, 4 s, 8 s … about 4 minutes in all by default).</summary>
    public TimeSpan FirstRetryDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>How often the sender looks for due deliveries.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>How long a receiver may take to answer.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);
}
