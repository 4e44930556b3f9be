using System.Text;
using System.Text.RegularExpressions;

namespace VetCrm.Bench;

/// <summary>
/// Turns the statements of one captured write into a script pgbench can run again and again, as the API sends it: the
/// reads, then the inserts as one pipelined batch (one round trip, one implicit transaction). Each inserted row gets a
/// fresh id (gen_random_uuid() where the captured one stood); each run is for a pet drawn from the same pets the API's
/// load writes to (one pet for all would queue every run behind the same row lock of its foreign keys); and the outbox
/// row is written as already dispatched, so that the API's dispatcher does not take thousands of made-up events for real
/// ones (its partial index of pending rows is the one entry the replay leaves out).
/// </summary>
public static partial class ReplayableWrite
{
    public static string From(IReadOnlyList<string> reads, IReadOnlyList<string> inserts, Guid pet, IReadOnlyList<Guid> pets)
    {
        var script = new StringBuilder($"\\set pet random(1, {pets.Count})\n");
        foreach (var read in reads) script.Append(read).Append(";\n");
        script.Append("\\startpipeline\n");
        var ids = new List<string>();
        foreach (var insert in inserts)
        {
            var (table, columns, values, rest) = Parse(insert);
            ids.Add(values[Array.IndexOf(columns, "id")]);
            if (table == "outbox_messages") values[Array.IndexOf(columns, "dispatched_at")] = values[Array.IndexOf(columns, "created_at")];
            script.Append($"INSERT INTO {table} ({string.Join(", ", columns)}) VALUES ({string.Join(", ", values)}){rest};\n");
        }
        script.Append("\\endpipeline\n");
        var drawnPet = $"(ARRAY[{string.Join(", ", pets.Select(p => $"'{p}'"))}]::uuid[])[:pet]";
        return ids.Aggregate(script.ToString(), (text, id) => text.Replace(id, "gen_random_uuid()")).Replace($"'{pet}'", drawnPet);
    }

    /// <summary>The id an INSERT gives its row, as the literal's text.</summary>
    public static string IdOf(string insert)
    {
        var (_, columns, values, _) = Parse(insert);
        return values[Array.IndexOf(columns, "id")].Trim('\'');
    }

    private static (string Table, string[] Columns, List<string> Values, string Returning) Parse(string insert)
    {
        var row = Insert().Match(insert.TrimEnd(';'));
        if (!row.Success) throw new InvalidOperationException($"Not an INSERT … VALUES (…): {insert}");
        var columns = row.Groups["columns"].Value.Split(',', StringSplitOptions.TrimEntries);
        var values = Values(row.Groups["values"].Value);
        if (columns.Length != values.Count) throw new InvalidOperationException($"{columns.Length} columns but {values.Count} values: {insert}");
        return (row.Groups["table"].Value, columns, values, row.Groups["rest"].Value);
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
