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

            migrationBuilder.CreateIndex(
                name: "ix_treatment_plans_next_review_date_id",
                table: "treatment_plans",
                columns: new[] { "next_review_date", "id" },
                filter: "plan_status = 'active' AND archived_at IS NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_treatment_plans_next_review_date_id",
                table: "treatment_plans");

            migrationBuilder.CreateIndex(
                name: "ix_treatment_plans_next_review_date_id",
                table: "treatment_plans",
                columns: new[] { "next_review_date", "id" },
                filter: "plan_status = 'active'");
        }
    }
}
