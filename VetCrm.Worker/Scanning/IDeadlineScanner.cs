namespace VetCrm.Worker.Scanning;

/// <summary>A scan that flags what passed its deadline, once per deadline; run in a scope of its own every interval.</summary>
public interface IDeadlineScanner
{
    /// <summary>What the scan looks for, for the log, e.g. "Overdue task scan".</summary>
    static abstract string ScanName { get; }

    /// <returns>How many records were flagged.</returns>
    Task<int> ScanAsync(CancellationToken cancellationToken);
}
