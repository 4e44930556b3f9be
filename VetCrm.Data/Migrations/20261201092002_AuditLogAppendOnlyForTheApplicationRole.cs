using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace VetCrm.Data.Migrations
{
    /// <summary>
    /// The services' role ({database}_app, made by the hosting with default privileges on every table) may only add to
    /// and read the audit log: by privilege, not only by the trigger (which the table's owner keeps). A database without
    /// that role (one user for everything) is left as it is.
    /// </summary>
    public partial class AuditLogAppendOnlyForTheApplicationRole : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql(ForApplicationRole(
            "REVOKE UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER ON audit_entries FROM %I"));

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.Sql(ForApplicationRole(
            "GRANT UPDATE, DELETE ON audit_entries TO %I"));

        private static string ForApplicationRole(string statement) => $$"""
            DO $$
            BEGIN
                IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = current_database() || '_app') THEN
                    EXECUTE format('{{statement}}', current_database() || '_app');
                END IF;
            END $$;
            """;
    }
}
