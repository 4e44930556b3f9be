using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace VetCrm.Data.Migrations
{
    /// <inheritdoc />
    public partial class UserChangeNotifications : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Every API replica caches the users behind tokens and LISTENs on this channel; NOTIFY is delivered on commit.
            migrationBuilder.Sql("""
                CREATE FUNCTION notify_user_changed() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    PERFORM pg_notify('vetcrm_user_changed', OLD.id::text);
                    RETURN NULL;
                END $$;
                CREATE TRIGGER users_notify_changed AFTER UPDATE OR DELETE ON users
                    FOR EACH ROW EXECUTE FUNCTION notify_user_changed();
                """);
            // The working set lives in memory or on SSD, where a random page costs about what a sequential one does; at the
            // default (4.0) small tables are hash-joined after a full scan instead of read through their primary key.
            migrationBuilder.Sql("DO $$ BEGIN EXECUTE format('ALTER DATABASE %I SET random_page_cost = 1.1', current_database()); END $$;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DO $$ BEGIN EXECUTE format('ALTER DATABASE %I RESET random_page_cost', current_database()); END $$;");
            migrationBuilder.Sql("DROP TRIGGER users_notify_changed ON users; DROP FUNCTION notify_user_changed();");
        }
    }
}
