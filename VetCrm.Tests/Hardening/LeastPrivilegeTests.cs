using System.Net;
using Npgsql;
using VetCrm.Tests.Api;
using VetCrm.Tests.Infrastructure;

namespace VetCrm.Tests.Hardening;

/// <summary>
/// The services connect as the database's application role: rows only, the audit log append-only by privilege (the
/// trigger behind it out of reach), no superuser switches. Proven with the very connection string the services get.
/// </summary>
[Collection("stack")]
public sealed class LeastPrivilegeTests(StackFixture stack)
{
    private readonly ApiFixtureHelpers api = new(stack);

    [Theory]
    [InlineData("UPDATE audit_entries SET summary = 'tampered'")]
    [InlineData("DELETE FROM audit_entries")]
    [InlineData("TRUNCATE audit_entries")]
    [InlineData("SET session_replication_role = replica")]
    [InlineData("ALTER TABLE audit_entries DISABLE TRIGGER audit_entries_no_update_delete")]
    [InlineData("ALTER TABLE audit_entries DISABLE TRIGGER ALL")]
    [InlineData("DROP TRIGGER audit_entries_no_update_delete ON audit_entries")]
    [InlineData("DROP FUNCTION audit_entries_refuse_change() CASCADE")]
    [InlineData("COPY (SELECT 1) TO PROGRAM 'true'")]
    [InlineData("CREATE TABLE smuggled (id int)")]
    [InlineData("ALTER ROLE CURRENT_USER SUPERUSER")]
    [InlineData("TRUNCATE pets CASCADE")]
    public async Task The_services_role_is_refused(string sql)
    {
        using var admin = await api.AdminAsync(); // at least one audit entry: the login
        var before = await api.ScalarAsync<long>("SELECT count(*) FROM audit_entries");

        var refused = await Assert.ThrowsAsync<PostgresException>(() => api.ScalarAsync<object>(sql));

        Assert.True(refused.SqlState == PostgresErrorCodes.InsufficientPrivilege, $"{refused.SqlState}: {refused.MessageText}");
        Assert.True(await api.ScalarAsync<long>("SELECT count(*) FROM audit_entries") >= before);
        Assert.Equal(0L, await api.ScalarAsync<long>("SELECT count(*) FROM audit_entries WHERE summary = 'tampered'"));
    }

    [Fact]
    public async Task The_services_role_is_no_superuser_reads_and_writes_rows_and_appends_to_the_audit_log()
    {
        Assert.Equal("vetcrmdb_app", await api.ScalarAsync<string>("SELECT current_user::text"));
        Assert.False(await api.ScalarAsync<bool>("SELECT rolsuper FROM pg_roles WHERE rolname = current_user"));
        Assert.False(await api.ScalarAsync<bool>("SELECT pg_has_role(current_user, 'pg_execute_server_program', 'MEMBER')"));
        Assert.True(await api.ScalarAsync<bool>("SELECT has_table_privilege('pets', 'SELECT, INSERT, UPDATE, DELETE')"));
        Assert.True(await api.ScalarAsync<bool>("SELECT has_table_privilege('audit_entries', 'SELECT') AND has_table_privilege('audit_entries', 'INSERT')"));
        Assert.False(await api.ScalarAsync<bool>("SELECT has_table_privilege('audit_entries', 'UPDATE') OR has_table_privilege('audit_entries', 'DELETE') OR has_table_privilege('audit_entries', 'TRUNCATE')"));

        // And the application works on it: a write is saved and audited.
        using var coordinator = await api.NewUserAsync("coordinator");
        using var specialist = await api.NewUserAsync("specialist");
        var pet = await ApiFixtureHelpers.CreateAsync(coordinator, "pets", ApiFixtureHelpers.PetBody(specialist.UserId));
        Assert.Equal(1L, await api.ScalarAsync<long>("SELECT count(*) FROM audit_entries WHERE entity_id = @id AND action = 'create'", ("id", pet)));
        (await coordinator.GetAsync($"/api/pets/{pet}")).Expect(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_table_a_later_migration_creates_is_granted_to_the_services_role_by_default()
    {
        var table = $"later_{Guid.NewGuid():N}"[..20];
        await using var owner = new NpgsqlConnection(await stack.GetConnectionStringAsync("vetcrmdb-owner"));
        await owner.OpenAsync();
        Assert.False(await Scalar<bool>(owner, "SELECT rolsuper FROM pg_roles WHERE rolname = current_user"));
        await Execute(owner, $"CREATE TABLE {table} (id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY, note text)");
        try
        {
            await api.ScalarAsync<object>($"INSERT INTO {table} (note) VALUES ('row by the app')");
            Assert.Equal(1L, await api.ScalarAsync<long>($"SELECT count(*) FROM {table}"));
            await Assert.ThrowsAsync<PostgresException>(() => api.ScalarAsync<object>($"DROP TABLE {table}"));
        }
        finally
        {
            await Execute(owner, $"DROP TABLE {table}");
        }
    }

    private static async Task Execute(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<T> Scalar<T>(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        return (T)(await command.ExecuteScalarAsync())!;
    }
}
