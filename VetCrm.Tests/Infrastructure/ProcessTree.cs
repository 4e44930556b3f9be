namespace VetCrm.Tests.Infrastructure;

/// <summary>Processes as Linux's /proc shows them: enough to find the orchestrator behind a resource and see it gone.</summary>
public static class ProcessTree
{
    public static bool IsRunning(int pid) =>
        File.Exists($"/proc/{pid}/stat") && !File.ReadAllText($"/proc/{pid}/stat").Split(' ')[2].StartsWith('Z');

    /// <summary>
    /// DCP's processes that run a resource: its ancestors below this test process, and the monitors DCP keeps beside
    /// each of its children. Another stack's DCP is another tree, so it is not included.
    /// </summary>
    public static IReadOnlyList<int> OrchestratorOf(int resourcePid)
    {
        var ancestors = AncestorsOf(resourcePid);
        var root = ancestors.LastOrDefault();
        return root == 0 ? [] : [.. ancestors.Concat(DescendantsOf(root)).Distinct()];
    }

    /// <summary>The processes from the resource's parent up to (not including) this test process: DCP's, while it runs.</summary>
    public static IReadOnlyList<int> AncestorsOf(int resourcePid)
    {
        var ancestors = new List<int>();
        for (var pid = ParentOf(resourcePid); pid is > 1 && pid != Environment.ProcessId; pid = ParentOf(pid.Value))
        {
            ancestors.Add(pid.Value);
        }
        return ancestors;
    }

    private static IEnumerable<int> DescendantsOf(int root)
    {
        var children = Directory.GetDirectories("/proc")
            .Select(folder => int.TryParse(Path.GetFileName(folder), out var pid) ? pid : 0)
            .Where(pid => pid > 0)
            .Select(pid => (Pid: pid, Parent: ParentOf(pid)))
            .Where(p => p.Parent is not null)
            .ToLookup(p => p.Parent!.Value, p => p.Pid);
        var pending = new Queue<int>([root]);
        while (pending.TryDequeue(out var pid))
        {
            foreach (var child in children[pid])
            {
                yield return child;
                pending.Enqueue(child);
            }
        }
    }

    private static int? ParentOf(int pid) => (int?)StatField(pid, 4);

    /// <summary>A numeric field of /proc/{pid}/stat, numbered as proc(5) numbers them; null once the process is gone.</summary>
    private static long? StatField(int pid, int field)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            // The command name (field 2) may hold spaces and parentheses; the fields after its closing parenthesis do not.
            return long.Parse(stat[(stat.LastIndexOf(')') + 2)..].Split(' ')[field - 3]);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or FormatException)
        {
            return null;
        }
    }
}
