namespace VetCrm.Web.ApiClient;

/// <summary>How many referrals wait in the triage queue, per priority and in all.</summary>
public sealed record QueueCounts(int Emergency, int Urgent, int Routine, int Total)
{
    public int Of(string priority) => priority switch { "emergency" => Emergency, "urgent" => Urgent, "routine" => Routine, _ => 0 };
}
