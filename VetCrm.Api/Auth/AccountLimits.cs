namespace VetCrm.Api.Auth;

/// <summary>How hard logins and sign-ups may be tried (configuration section <c>AccountLimits</c>).</summary>
public sealed class AccountLimits
{
    public const string Section = "AccountLimits";

    /// <summary>Requests to login, signup and refresh one client may make per <see cref="ClientWindow"/> (ASP.NET Core's rate limiter).</summary>
    public int RequestsPerClient { get; set; } = 30;
    public TimeSpan ClientWindow { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Wrong passwords one client may try for one account before it has to wait; each further failure doubles the wait.</summary>
    public int FailuresBeforeBackoff { get; set; } = 5;
    public TimeSpan FirstBackoff { get; set; } = TimeSpan.FromSeconds(30);
    public TimeSpan LongestBackoff { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Wrong passwords for one account from all clients together per <see cref="AccountWindow"/>; once spent, clients
    /// that have failed on the account wait, while a client without failures (the owner) still logs in.</summary>
    public int FailuresPerAccount { get; set; } = 50;
    public TimeSpan AccountWindow { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>How often failed logins for unknown names are written to the audit log, as one row with the counts.</summary>
    public TimeSpan UnknownNameReport { get; set; } = TimeSpan.FromMinutes(1);
}
