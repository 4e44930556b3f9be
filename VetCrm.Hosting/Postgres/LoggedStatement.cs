namespace Aspire.Hosting.ApplicationModel;

/// <summary>
/// One statement from PostgreSQL's log, its bound parameter values in place, with the id of the server process that ran
/// it: one client connection, so the statements of one batch or transaction can be told from other connections'.
/// </summary>
public sealed record LoggedStatement(int ProcessId, string Sql);
