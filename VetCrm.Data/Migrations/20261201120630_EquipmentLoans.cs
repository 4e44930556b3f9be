using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace VetCrm.Data.Migrations
{
    /// <inheritdoc />
    public partial class EquipmentLoans : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "equipment_items",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    serial_number = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    notes = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    active = table.Column<bool>(type: "boolean", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    archived_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    created_by_id = table.Column<Guid>(type: "uuid", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_equipment_items", x => x.id);
                    table.CheckConstraint("ck_equipment_items_kind", "kind IN ('holterMonitor', 'mobilityCart', 'eCollar', 'oxygenConcentrator', 'infusionPump', 'supportSling', 'other')");
                });

            migrationBuilder.CreateTable(
                name: "equipment_loans",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    equipment_item_id = table.Column<Guid>(type: "uuid", nullable: false),
                    pet_id = table.Column<Guid>(type: "uuid", nullable: false),
                    referral_id = table.Column<Guid>(type: "uuid", nullable: true),
                    checked_out_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    due_back_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    returned_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    logged_by_id = table.Column<Guid>(type: "uuid", nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    notes = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    archived_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    created_by_id = table.Column<Guid>(type: "uuid", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_equipment_loans", x => x.id);
                    table.CheckConstraint("ck_equipment_loans_due_after_checkout", "due_back_at > checked_out_at");
                    table.CheckConstraint("ck_equipment_loans_returned_at", "(status = 'checkedOut') = (returned_at IS NULL)");
                    table.CheckConstraint("ck_equipment_loans_status", "status IN ('checkedOut', 'returned', 'maintenance')");
                    table.ForeignKey(
                        name: "fk_equipment_loans_equipment_items_equipment_item_id",
                        column: x => x.equipment_item_id,
                        principalTable: "equipment_items",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_equipment_loans_pets_pet_id",
                        column: x => x.pet_id,
                        principalTable: "pets",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_equipment_loans_referrals_referral_id",
                        column: x => x.referral_id,
                        principalTable: "referrals",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_equipment_loans_users_logged_by_id",
                        column: x => x.logged_by_id,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "loan_overdue_flags",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    equipment_loan_id = table.Column<Guid>(type: "uuid", nullable: false),
                    due_back_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    flagged_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_loan_overdue_flags", x => x.id);
                    table.ForeignKey(
                        name: "fk_loan_overdue_flags_equipment_loans_equipment_loan_id",
                        column: x => x.equipment_loan_id,
                        principalTable: "equipment_loans",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_equipment_items_created_at_id",
                table: "equipment_items",
                columns: new[] { "created_at", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_equipment_items_name_id",
                table: "equipment_items",
                columns: new[] { "name", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_equipment_items_serial_number",
                table: "equipment_items",
                column: "serial_number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_equipment_items_updated_at_id",
                table: "equipment_items",
                columns: new[] { "updated_at", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_equipment_loans_checked_out_at_id",
                table: "equipment_loans",
                columns: new[] { "checked_out_at", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_equipment_loans_created_at_id",
                table: "equipment_loans",
                columns: new[] { "created_at", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_equipment_loans_due_back_at_id",
                table: "equipment_loans",
                columns: new[] { "due_back_at", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_equipment_loans_equipment_item_id_checked_out_at",
                table: "equipment_loans",
                columns: new[] { "equipment_item_id", "checked_out_at" });

            migrationBuilder.CreateIndex(
                name: "ix_equipment_loans_logged_by_id",
                table: "equipment_loans",
                column: "logged_by_id");

            migrationBuilder.CreateIndex(
                name: "ix_equipment_loans_out_due_back_at",
                table: "equipment_loans",
                column: "due_back_at",
                filter: "status = 'checkedOut' AND archived_at IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_equipment_loans_pet_id_checked_out_at",
                table: "equipment_loans",
                columns: new[] { "pet_id", "checked_out_at" });

            migrationBuilder.CreateIndex(
                name: "ix_equipment_loans_referral_id",
                table: "equipment_loans",
                column: "referral_id");

            migrationBuilder.CreateIndex(
                name: "ix_equipment_loans_updated_at_id",
                table: "equipment_loans",
                columns: new[] { "updated_at", "id" });

            migrationBuilder.CreateIndex(
                name: "ux_equipment_loans_item_held",
                table: "equipment_loans",
                column: "equipment_item_id",
                unique: true,
                filter: "status IN ('checkedOut', 'maintenance') AND archived_at IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_loan_overdue_flags_equipment_loan_id_due_back_at",
                table: "loan_overdue_flags",
                columns: new[] { "equipment_loan_id", "due_back_at" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "loan_overdue_flags");

            migrationBuilder.DropTable(
                name: "equipment_loans");

            migrationBuilder.DropTable(
                name: "equipment_items");
        }
    }
}
