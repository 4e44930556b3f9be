using System.Text;
using System.Text.RegularExpressions;

namespace VetCrm.Bench;

/// <summary>
/// Turns the statements of one captured write into a script pgbench can run again and again: each inserted row gets a
/// fresh id (gen_random_uuid() where the captured one stood), the inserts run in one transaction as the API's batch does,
/// and the outbox row is written as already dispatched, so that the API's dispatcher does not take thousands of
/// made-up events for real ones (its partial index of pending rows is the one entry the replay leaves out).
/// </summary>
public static partial class ReplayableWrite
{
    public static string From(IReadOnlyList<string> reads, IReadOnlyList<string> inserts)
    {
        var rows = inserts.Select(insert => Insert().Match(insert)).ToList();
        if (rows.FirstOrDefault(r => !r.Success) is { } unreadable) throw new InvalidOperationException($"Not an INSERT … VALUES (…): {unreadable.Value}");
        var script = new StringBuilder();
        foreach (var read in reads) script.Append(read).Append(";\n");
        script.Append("BEGIN;\n");
        var ids = new List<string>();
        foreach (var row in rows)
        {
            var columns = row.Groups["columns"].Value.Split(',', StringSplitOptions.TrimEntries);
            var values = Values(row.Groups["values"].Value);
            if (columns.Length != values.Count) throw new InvalidOperationException($"{columns.Length} columns but {values.Count} values: {row.Value}");
            ids.Add(values[Array.IndexOf(columns, "id")]);
            if (row.Groups["table"].Value == "outbox_messages") values[Array.IndexOf(columns, "dispatched_at")] = values[Array.IndexOf(columns, "created_at")];
            script.Append($"INSERT INTO {row.Groups["table"].Value} ({string.Join(", ", columns)}) VALUES ({string.Join(", ", values)}){row.Groups["rest"].Value};\n");
        }
        script.Append("COMMIT;\n");
        return ids.Aggregate(script.ToString(), (text, id) => text.Replace(id, "gen_random_uuid()"));
    }

    /// <summary>A VALUES list split at its top-level commas (not those inside quoted literals or parentheses).</summary>
    private static List<string> Values(string list)
    {
        var values = new List<string>();
        var start = 0;
        var depth = 0;
        var quoted = false;
        for (var i = 0; i < list.Length; i++)
        {
            switch (list[i])
            {
                case '\'': quoted = !quoted; break;
                case '(' when !quoted: depth++; break;
                case ')' when !quoted: depth--; break;
                case ',' when !quoted && depth == 0:
                    values.Add(list[start..i].Trim());
                    start = i + 1;
                    break;
            }
        }
        values.Add(list[start..].Trim());
        return values;
    }

    [GeneratedRegex(@"^INSERT INTO (?<table>\w+) \((?<columns>[^)]*)\)\s*VALUES \((?<values>.*)\)(?<rest>\s*RETURNING .*)?$", RegexOptions.Singleline)]
    private static partial Regex Insert();
}
