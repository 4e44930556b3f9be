using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace VetCrm.Data.Migrations
{
    /// <inheritdoc />
    public partial class OutboxWakeUpAfterCommit : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Writers announce committed outbox rows after their commit: a NOTIFY inside the writing transaction held
            // PostgreSQL's notify lock until the commit was on disk, so concurrent writes queued one behind the other.
            migrationBuilder.Sql("DROP TRIGGER outbox_messages_notify ON outbox_messages; DROP FUNCTION notify_outbox();");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE FUNCTION notify_outbox() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    PERFORM pg_notify('vetcrm_outbox', '');
                    RETURN NULL;
                END $$;
                CREATE TRIGGER outbox_messages_notify AFTER INSERT ON outbox_messages
                    FOR EACH STATEMENT EXECUTE FUNCTION notify_outbox();
                """);
        }
    }
}
