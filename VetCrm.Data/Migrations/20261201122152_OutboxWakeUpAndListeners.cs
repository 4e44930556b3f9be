using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace VetCrm.Data.Migrations
{
    /// <inheritdoc />
    public partial class OutboxWakeUpAndListeners : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid[]>(
                name: "also_heard_by",
                table: "outbox_messages",
                type: "uuid[]",
                nullable: false,
                defaultValueSql: "'{}'");

            // Every API replica's dispatcher LISTENs on this channel and wakes on commit, instead of polling the outbox.
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

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER outbox_messages_notify ON outbox_messages; DROP FUNCTION notify_outbox();");
            migrationBuilder.DropColumn(
                name: "also_heard_by",
                table: "outbox_messages");
        }
    }
}
