namespace VetCrm.Api.Referrals;

/// <summary>How many referrals wait in the triage queue, per priority; a board paging through the queue shows these.</summary>
public sealed record QueueCountsView(int Emergency, int Urgent, int Routine)
{
    public int Total => Emergency + Urgent + Routine;
}
