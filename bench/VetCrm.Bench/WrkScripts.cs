using System.Text;

namespace VetCrm.Bench;

/// <summary>wrk Lua scripts for the flows that are not a plain GET.</summary>
public static class WrkScripts
{
    /// <summary>The same request body every time (a GraphQL query).</summary>
    public static string Post(string jsonBody) => $$"""
        wrk.method = "POST"; wrk.headers["Content-Type"] = "application/json"
        wrk.body = [==[{{jsonBody}}]==]
        """;

    /// <summary>Creates spread over many pets, as a clinic's writes are: {pet} in the body is a pet picked at random each time.</summary>
    public static string PostForPets(string bodyTemplate, IEnumerable<Guid> pets) => $$"""
        local pets = { {{string.Join(", ", pets.Select(p => $"\"{p}\""))}} }
        local threads = 0
        function setup(thread) thread:set("index", threads); threads = threads + 1 end
        function init(args)
          math.randomseed(os.time() * 10 + index)
          wrk.method = "POST"; wrk.headers["Content-Type"] = "application/json"
        end
        function request()
          return wrk.format(nil, nil, nil, (string.gsub([==[{{bodyTemplate}}]==], "{pet}", pets[math.random(#pets)])))
        end
        """;

    /// <summary>
    /// Changes to existing records, each sent with the version its last answer carried, so none is refused as stale:
    /// every wrk thread takes its own share of <paramref name="records"/> and sends a record again only once the
    /// previous change to it has been answered. The body may use {version} and {next} (the status after the one
    /// the last answer carried, from <paramref name="nextStatus"/>).
    /// </summary>
    public static string VersionedChanges(string method, string pathTemplate, string bodyTemplate, IEnumerable<(Guid Id, long Version, string Status)> records,
        IReadOnlyDictionary<string, string>? nextStatus = null)
    {
        var lua = new StringBuilder();
        lua.AppendLine("local records = {");
        foreach (var (id, version, status) in records) lua.AppendLine($"  {{ id = \"{id}\", version = \"{version}\", status = \"{status}\" }},");
        lua.AppendLine("}");
        lua.AppendLine("local nextStatus = {");
        foreach (var (from, to) in nextStatus ?? new Dictionary<string, string>()) lua.AppendLine($"  [\"{from}\"] = \"{to}\",");
        lua.AppendLine("}");
        lua.AppendLine($$"""
            local threads = 0
            function setup(thread) thread:set("index", threads); threads = threads + 1 end
            local idle, byId, last = {}, {}, nil
            function init(args)
              for i, r in ipairs(records) do
                if i % 2 == index then table.insert(idle, r); byId[r.id] = r end
              end
              wrk.method = "{{method}}"; wrk.headers["Content-Type"] = "application/json"
            end
            function request()
              local r = table.remove(idle, 1) or last
              last = r
              local body = string.gsub(string.gsub([==[{{bodyTemplate}}]==], "{version}", r.version), "{next}", nextStatus[r.status] or "")
              return wrk.format(nil, string.gsub("{{pathTemplate}}", "{id}", r.id), nil, body)
            end
            function response(status, headers, body)
              local id, version = string.match(body, '"id":"([^"]+)"'), string.match(body, '"version":(%d+)')
              local r = id and byId[id]
              if r and version then
                r.version = version
                r.status = string.match(body, '"status":"(%a+)"') or r.status
                table.insert(idle, r)
              end
            end
            """);
        return lua.ToString();
    }
}
