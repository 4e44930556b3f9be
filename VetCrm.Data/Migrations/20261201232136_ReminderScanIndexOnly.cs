using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace VetCrm.Data.Migrations
{
    /// <inheritdoc />
    public partial class ReminderScanIndexOnly : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_treatment_plans_next_review_date_id",
                table: "treatment_plans");

            migrationBuilder.DropIndex(
                name: "ix_reminder_flags_treatment_plan_id_review_date",
                table: "reminder_flags");

            migrationBuilder.CreateIndex(
                name: "ix_treatment_plans_next_review_date_id",
                table: "treatment_plans",
                columns: new[] { "next_review_date", "id" },
                filter: "plan_status = 'active' AND archived_at IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_reminder_flags_review_date_treatment_plan_id",
                table: "reminder_flags",
                columns: new[] { "review_date", "treatment_plan_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_reminder_flags_treatment_plan_id",
                table: "reminder_flags",
                column: "treatment_plan_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_treatment_plans_next_review_date_id",
                table: "treatment_plans");

            migrationBuilder.DropIndex(
                name: "ix_reminder_flags_review_date_treatment_plan_id",
                table: "reminder_flags");

            migrationBuilder.DropIndex(
                name: "ix_reminder_flags_treatment_plan_id",
                table: "reminder_flags");

            migrationBuilder.CreateIndex(
                name: "ix_treatment_plans_next_review_date_id",
                table: "treatment_plans",
                columns: new[] { "next_review_date", "id" },
                filter: "plan_status = 'active'");

            migrationBuilder.CreateIndex(
                name: "ix_reminder_flags_treatment_plan_id_review_date",
                table: "reminder_flags",
                columns: new[] { "treatment_plan_id", "review_date" },
                unique: true);
        }
    }
}
