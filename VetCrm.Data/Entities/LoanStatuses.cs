namespace VetCrm.Data.Entities;

public static class LoanStatuses
{
    public const string CheckedOut = "checkedOut";
    public const string Returned = "returned";
    public const string Maintenance = "maintenance";
    public static readonly string[] All = [CheckedOut, Returned, Maintenance];

    /// <summary>Statuses in which the loan holds its item: out with the patient, or back but in maintenance before it can go out again.</summary>
    public static readonly string[] Holding = [CheckedOut, Maintenance];

    /// <summary>
    /// The moves a loan may make; <see cref="Records.RecordTypes.EquipmentLoan"/> turns them into its workflow. An item that
    /// comes back damaged goes to maintenance, and is returned to service (the loan closed) once fixed.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string[]> Moves = new Dictionary<string, string[]>
    {
        [CheckedOut] = [Returned, Maintenance],
        [Maintenance] = [Returned],
        [Returned] = [],
    };
}
