namespace VetCrm.Data.Live;

/// <summary>The PostgreSQL NOTIFY channel on which writers outside the API announce committed outbox rows to its dispatchers.</summary>
public static class OutboxChannel
{
    public const string Name = "vetcrm_outbox";
}
