using System;
using Microsoft.EntityFrameworkCore.Migrations;
using VetCrm.Data.Records;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace VetCrm.Data.Migrations
{
    /// <inheritdoc />
    public partial class Appointments : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterDatabase()
                .Annotation("Npgsql:PostgresExtension:btree_gist", ",,")
                .Annotation("Npgsql:PostgresExtension:pg_trgm", ",,")
                .OldAnnotation("Npgsql:PostgresExtension:pg_trgm", ",,");

            migrationBuilder.CreateTable(
                name: "rooms",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_rooms", x => x.id);
                    table.CheckConstraint("ck_rooms_kind", "kind IN ('consultRoom', 'mri', 'ct', 'theatre', 'ultrasound')");
                });

            migrationBuilder.CreateTable(
                name: "appointments",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    pet_id = table.Column<Guid>(type: "uuid", nullable: false),
                    referral_id = table.Column<Guid>(type: "uuid", nullable: true),
                    specialist_id = table.Column<Guid>(type: "uuid", nullable: false),
                    room_id = table.Column<Guid>(type: "uuid", nullable: false),
                    start_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    end_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    archived_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    created_by_id = table.Column<Guid>(type: "uuid", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_appointments", x => x.id);
                    table.CheckConstraint("ck_appointments_ends_after_start", "end_at > start_at");
                    table.CheckConstraint("ck_appointments_status", "status IN ('scheduled', 'checkedIn', 'completed', 'cancelled', 'noShow')");
                    table.ForeignKey(
                        name: "fk_appointments_pets_pet_id",
                        column: x => x.pet_id,
                        principalTable: "pets",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_appointments_referrals_referral_id",
                        column: x => x.referral_id,
                        principalTable: "referrals",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_appointments_rooms_room_id",
                        column: x => x.room_id,
                        principalTable: "rooms",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_appointments_users_specialist_id",
                        column: x => x.specialist_id,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.InsertData(
                table: "rooms",
                columns: new[] { "id", "kind", "name" },
                values: new object[,]
                {
                    { new Guid("01938a00-0000-7000-8000-000000000001"), "consultRoom", "Consult room 1" },
                    { new Guid("01938a00-0000-7000-8000-000000000002"), "consultRoom", "Consult room 2" },
                    { new Guid("01938a00-0000-7000-8000-000000000003"), "consultRoom", "Consult room 3" },
                    { new Guid("01938a00-0000-7000-8000-000000000004"), "mri", "MRI" },
                    { new Guid("01938a00-0000-7000-8000-000000000005"), "ct", "CT" },
                    { new Guid("01938a00-0000-7000-8000-000000000006"), "theatre", "Theatre 1" },
                    { new Guid("01938a00-0000-7000-8000-000000000007"), "theatre", "Theatre 2" },
                    { new Guid("01938a00-0000-7000-8000-000000000008"), "ultrasound", "Ultrasound" }
                });

            migrationBuilder.CreateIndex(
                name: "ix_appointments_created_at_id",
                table: "appointments",
                columns: new[] { "created_at", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_appointments_pet_id_start_at",
                table: "appointments",
                columns: new[] { "pet_id", "start_at" });

            migrationBuilder.CreateIndex(
                name: "ix_appointments_referral_id",
                table: "appointments",
                column: "referral_id");

            migrationBuilder.CreateIndex(
                name: "ix_appointments_room_id_start_at",
                table: "appointments",
                columns: new[] { "room_id", "start_at" });

            migrationBuilder.CreateIndex(
                name: "ix_appointments_specialist_id_start_at",
                table: "appointments",
                columns: new[] { "specialist_id", "start_at" });

            migrationBuilder.CreateIndex(
                name: "ix_appointments_start_at_id",
                table: "appointments",
                columns: new[] { "start_at", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_rooms_name",
                table: "rooms",
                column: "name",
                unique: true);

            // No double-booking of a specialist or a room: exclusion constraints EF cannot model.
            migrationBuilder.Sql(AppointmentBookings.CreateConstraintsSql);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(AppointmentBookings.DropConstraintsSql);

            migrationBuilder.DropTable(
                name: "appointments");

            migrationBuilder.DropTable(
                name: "rooms");

            migrationBuilder.AlterDatabase()
                .Annotation("Npgsql:PostgresExtension:pg_trgm", ",,")
                .OldAnnotation("Npgsql:PostgresExtension:btree_gist", ",,")
                .OldAnnotation("Npgsql:PostgresExtension:pg_trgm", ",,");
        }
    }
}
