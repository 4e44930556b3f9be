using System.Data.Common;
using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace VetCrm.Data.Querying;

/// <summary>
/// Writes a query's row limit into its SQL. EF Core sends <c>Take(n)</c> as a parameter (<c>LIMIT @p</c>); PostgreSQL's
/// generic plan for a prepared statement then assumes a tenth of the table and picks hash joins over whole tables, so
/// the plan is rejected and every execution is planned again (the referral list with its includes: 3,000 instead of
/// 4,800 executions per second). With the number in the SQL the generic plan is the right one and is reused. Limits
/// are few (a page size of 1–200, plus one), so the statements stay few.
/// </summary>
public sealed partial class LimitLiteralInterceptor : DbCommandInterceptor
{
    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        InlineLimits(command);
        return result;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        InlineLimits(command);
        return ValueTask.FromResult(result);
    }

    public static void InlineLimits(DbCommand command)
    {
        if (!command.CommandText.Contains("LIMIT @", StringComparison.Ordinal)) return;
        var inlined = new List<DbParameter>();
        command.CommandText = LimitParameter().Replace(command.CommandText, match =>
        {
            var parameter = command.Parameters.Cast<DbParameter>().FirstOrDefault(p => p.ParameterName.TrimStart('@') == match.Groups[1].Value);
            if (parameter?.Value is not int limit) return match.Value;
            inlined.Add(parameter);
            return "LIMIT " + limit.ToString(CultureInfo.InvariantCulture);
        });
        foreach (var parameter in inlined.Distinct())
        {
            if (!Regex.IsMatch(command.CommandText, $@"@{Regex.Escape(parameter.ParameterName.TrimStart('@'))}\b")) command.Parameters.Remove(parameter);
        }
    }

    [GeneratedRegex(@"LIMIT @(\w+)\b")]
    private static partial Regex LimitParameter();
}
