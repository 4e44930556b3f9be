using Aspire.Hosting.ApplicationModel;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Aspire.Hosting;

/// <summary>
/// Creates a database with least privilege, as the superuser, each time its server is ready (idempotent):
/// <list type="bullet">
/// <item><c>{db}_owner</c> (LOGIN, no superuser, no CREATEDB/CREATEROLE) owns the database and its <c>public</c> schema:
/// it migrates, so the tables, triggers and functions are its own.</item>
/// <item><c>{db}_app</c> (LOGIN, no superuser, not in <c>pg_execute_server_program</c>) may connect and use the schema; by
/// default privileges it may SELECT, INSERT, UPDATE, DELETE every table the owner creates (later migrations' too) and use
/// its sequences, but neither TRUNCATE nor change a table, trigger or function. A migration narrows single tables
/// further (the audit log: INSERT and SELECT).</item>
/// </list>
/// Superuser-only switches (<c>session_replication_role</c>, <c>COPY … TO PROGRAM</c>) stay out of the services' reach.
/// </summary>
public static class LocalPostgresDatabaseRoles
{
    public static async Task PrepareAsync(LocalPostgresDatabaseResource database, ILogger logger, CancellationToken cancellationToken)
    {
        var server = await ((IResourceWithConnectionString)database.Parent).GetConnectionStringAsync(cancellationToken);
        var owner = database.Owner.Role;
        var app = database.ApplicationRole;
        await using (var connection = new NpgsqlConnection(server + ";Database=postgres;Pooling=false"))
        {
            await connection.OpenAsync(cancellationToken);
            await EnsureRoleAsync(connection, owner, await database.Owner.Password.GetValueAsync(cancellationToken), cancellationToken);
            await EnsureRoleAsync(connection, app, await database.ApplicationPassword.GetValueAsync(cancellationToken), cancellationToken);
            var created = await ScalarAsync(connection, "SELECT 1 FROM pg_database WHERE datname = $1", database.DatabaseName, cancellationToken) is null;
            var name = Quote(database.DatabaseName);
            await ExecuteAsync(connection, created ? $"CREATE DATABASE {name} OWNER {Quote(owner)}" : $"ALTER DATABASE {name} OWNER TO {Quote(owner)}", cancellationToken);
            await ExecuteAsync(connection, $"REVOKE ALL ON DATABASE {name} FROM PUBLIC; GRANT CONNECT, TEMPORARY ON DATABASE {name} TO {Quote(app)}", cancellationToken);
            if (created) logger.LogInformation("Created database {Database} owned by {Owner}", database.DatabaseName, owner);
        }
        await using (var connection = new NpgsqlConnection(server + $";Database={database.DatabaseName};Pooling=false"))
        {
            await connection.OpenAsync(cancellationToken);
            await ExecuteAsync(connection, $"""
                ALTER SCHEMA public OWNER TO {Quote(owner)};
                REVOKE CREATE ON SCHEMA public FROM PUBLIC;
                GRANT USAGE ON SCHEMA public TO {Quote(app)};
                ALTER DEFAULT PRIVILEGES FOR ROLE {Quote(owner)} IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO {Quote(app)};
                ALTER DEFAULT PRIVILEGES FOR ROLE {Quote(owner)} IN SCHEMA public GRANT USAGE, SELECT, UPDATE ON SEQUENCES TO {Quote(app)};
                """, cancellationToken);
            // A data folder from before the roles: its tables belong to the superuser. Hand them to the owner once, with the
            // same grants the default privileges give new tables (the migration that narrows the audit log runs after this).
            await ExecuteAsync(connection, $$"""
                DO $$
                DECLARE
                    item record;
                    handed integer := 0;
                BEGIN
                    FOR item IN SELECT c.relkind, format('%I.%I', n.nspname, c.relname) AS name
                        FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace JOIN pg_roles r ON r.oid = c.relowner
                        WHERE n.nspname = 'public' AND r.rolsuper AND c.relkind IN ('r', 'p', 'S', 'v', 'm')
                          AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = c.oid AND d.deptype = 'e')
                    LOOP
                        EXECUTE format('ALTER %s %s OWNER TO %I',
                            CASE item.relkind WHEN 'S' THEN 'SEQUENCE' WHEN 'v' THEN 'VIEW' WHEN 'm' THEN 'MATERIALIZED VIEW' ELSE 'TABLE' END, item.name, {{Literal(owner)}});
                        handed := handed + 1;
                    END LOOP;
                    FOR item IN SELECT p.oid::regprocedure::text AS name
                        FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace JOIN pg_roles r ON r.oid = p.proowner
                        WHERE n.nspname = 'public' AND r.rolsuper AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = p.oid AND d.deptype = 'e')
                    LOOP
                        EXECUTE format('ALTER ROUTINE %s OWNER TO %I', item.name, {{Literal(owner)}});
                    END LOOP;
                    IF handed > 0 THEN
                        EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO %I', {{Literal(app)}});
                        EXECUTE format('GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO %I', {{Literal(app)}});
                        RAISE NOTICE 'handed % tables and sequences to the owner', handed;
                    END IF;
                END $$;
                """, cancellationToken);
        }
    }

    private static async Task EnsureRoleAsync(NpgsqlConnection connection, string role, string? password, CancellationToken cancellationToken)
    {
        var exists = await ScalarAsync(connection, "SELECT 1 FROM pg_roles WHERE rolname = $1", role, cancellationToken) is not null;
        // DDL takes no parameters: the password is a quoted literal (generated, but quoted all the same).
        var literal = Literal(password ?? throw new InvalidOperationException($"No password for role {role}."));
        await ExecuteAsync(connection, exists
            ? $"ALTER ROLE {Quote(role)} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS PASSWORD {literal}"
            : $"CREATE ROLE {Quote(role)} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS PASSWORD {literal}", cancellationToken);
    }

    private static async Task<object?> ScalarAsync(NpgsqlConnection connection, string sql, string? parameter, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        if (parameter is not null) command.Parameters.Add(new NpgsqlParameter { Value = parameter });
        return await command.ExecuteScalarAsync(cancellationToken);
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"") + "\"";

    private static string Literal(string text) => "'" + text.Replace("'", "''") + "'";
}
