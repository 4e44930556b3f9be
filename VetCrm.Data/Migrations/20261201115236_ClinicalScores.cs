using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace VetCrm.Data.Migrations
{
    /// <inheritdoc />
    public partial class ClinicalScores : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "score_types",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    code = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    name = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    min_value = table.Column<decimal>(type: "numeric", nullable: true),
                    max_value = table.Column<decimal>(type: "numeric", nullable: true),
                    step = table.Column<decimal>(type: "numeric", nullable: true),
                    unit = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    categories = table.Column<string[]>(type: "text[]", nullable: false),
                    description = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    active = table.Column<bool>(type: "boolean", nullable: false),
                    threshold_at_least = table.Column<decimal>(type: "numeric", nullable: true),
                    threshold_at_most = table.Column<decimal>(type: "numeric", nullable: true),
                    threshold_categories = table.Column<string[]>(type: "text[]", nullable: false),
                    threshold_task_title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    threshold_due_hours = table.Column<int>(type: "integer", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_score_types", x => x.id);
                    table.CheckConstraint("ck_score_types_categorical", "kind <> 'categorical' OR cardinality(categories) > 0");
                    table.CheckConstraint("ck_score_types_kind", "kind IN ('numeric', 'categorical')");
                    table.CheckConstraint("ck_score_types_numeric", "kind <> 'numeric' OR (min_value IS NOT NULL AND max_value IS NOT NULL AND step > 0 AND min_value < max_value)");
                    table.CheckConstraint("ck_score_types_threshold_task", "(threshold_task_title IS NULL) = (threshold_due_hours IS NULL)");
                });

            migrationBuilder.CreateTable(
                name: "clinical_scores",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    pet_id = table.Column<Guid>(type: "uuid", nullable: false),
                    referral_id = table.Column<Guid>(type: "uuid", nullable: true),
                    score_type_id = table.Column<Guid>(type: "uuid", nullable: false),
                    score_date = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    value = table.Column<decimal>(type: "numeric", nullable: true),
                    category = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    notes = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    recorded_by_id = table.Column<Guid>(type: "uuid", nullable: false),
                    threshold_task_id = table.Column<Guid>(type: "uuid", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    archived_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    created_by_id = table.Column<Guid>(type: "uuid", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_clinical_scores", x => x.id);
                    table.CheckConstraint("ck_clinical_scores_value_or_category", "(value IS NULL) <> (category IS NULL)");
                    table.ForeignKey(
                        name: "fk_clinical_scores_care_tasks_threshold_task_id",
                        column: x => x.threshold_task_id,
                        principalTable: "care_tasks",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_clinical_scores_pets_pet_id",
                        column: x => x.pet_id,
                        principalTable: "pets",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_clinical_scores_referrals_referral_id",
                        column: x => x.referral_id,
                        principalTable: "referrals",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_clinical_scores_score_types_score_type_id",
                        column: x => x.score_type_id,
                        principalTable: "score_types",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_clinical_scores_users_recorded_by_id",
                        column: x => x.recorded_by_id,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.InsertData(
                table: "score_types",
                columns: new[] { "id", "active", "categories", "code", "created_at", "description", "kind", "max_value", "min_value", "name", "step", "threshold_at_least", "threshold_at_most", "threshold_categories", "threshold_due_hours", "threshold_task_title", "unit", "updated_at" },
                values: new object[,]
                {
                    { new Guid("01938a10-0000-7000-8000-000000000001"), true, new string[0], "cmps-sf", new DateTimeOffset(new DateTime(2026, 12, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), "Short-form Glasgow composite measure pain scale, 0–24 (mobility assessed). Analgesia review at 6/24 or more.", "numeric", 24m, 0m, "Glasgow CMPS-SF (dog, acute pain)", 1m, 6m, null, new string[0], 1, "Analgesia review", "points", new DateTimeOffset(new DateTime(2026, 12, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("01938a10-0000-7000-8000-000000000002"), true, new string[0], "feline-grimace", new DateTimeOffset(new DateTime(2026, 12, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), "Five action units scored 0–2 each. Analgesia review at 4/10 or more.", "numeric", 10m, 0m, "Feline Grimace Scale", 1m, 4m, null, new string[0], 1, "Analgesia review", "points", new DateTimeOffset(new DateTime(2026, 12, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("01938a10-0000-7000-8000-000000000003"), true, new string[0], "body-condition", new DateTimeOffset(new DateTime(2026, 12, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), "Nine-point scale; 4–5 is ideal.", "numeric", 9m, 1m, "Body condition score", 1m, null, null, new string[0], null, null, "/9", new DateTimeOffset(new DateTime(2026, 12, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("01938a10-0000-7000-8000-000000000004"), true, new string[0], "weight", new DateTimeOffset(new DateTime(2026, 12, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), "Weighed on the hospital's scales, to 10 g.", "numeric", 200m, 0m, "Body weight", 0.01m, null, null, new string[0], null, null, "kg", new DateTimeOffset(new DateTime(2026, 12, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("01938a10-0000-7000-8000-000000000005"), true, new string[0], "modified-frankel", new DateTimeOffset(new DateTime(2026, 12, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), "0 paraplegic without deep pain perception … 5 spinal pain only. A grade of 1 or less asks for a neurology review.", "numeric", 5m, 0m, "Modified Frankel score", 1m, null, 1m, new string[0], 1, "Neurology review", "grade", new DateTimeOffset(new DateTime(2026, 12, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("01938a10-0000-7000-8000-000000000006"), true, new[] { "A", "B1", "B2", "C", "D" }, "acvim-mmvd", new DateTimeOffset(new DateTime(2026, 12, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), "Myxomatous mitral valve disease stage; C and D are heart failure and ask for a cardiology review.", "categorical", null, null, "ACVIM MMVD stage", null, null, null, new[] { "C", "D" }, 24, "Cardiology review", null, new DateTimeOffset(new DateTime(2026, 12, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) }
                });

            migrationBuilder.CreateIndex(
                name: "ix_clinical_scores_created_at_id",
                table: "clinical_scores",
                columns: new[] { "created_at", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_clinical_scores_pet_id_score_type_id_score_date",
                table: "clinical_scores",
                columns: new[] { "pet_id", "score_type_id", "score_date" });

            migrationBuilder.CreateIndex(
                name: "ix_clinical_scores_recorded_by_id",
                table: "clinical_scores",
                column: "recorded_by_id");

            migrationBuilder.CreateIndex(
                name: "ix_clinical_scores_referral_id",
                table: "clinical_scores",
                column: "referral_id");

            migrationBuilder.CreateIndex(
                name: "ix_clinical_scores_score_date_id",
                table: "clinical_scores",
                columns: new[] { "score_date", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_clinical_scores_score_type_id",
                table: "clinical_scores",
                column: "score_type_id");

            migrationBuilder.CreateIndex(
                name: "ix_clinical_scores_threshold_task_id",
                table: "clinical_scores",
                column: "threshold_task_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_score_types_code",
                table: "score_types",
                column: "code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_score_types_name",
                table: "score_types",
                column: "name");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "clinical_scores");

            migrationBuilder.DropTable(
                name: "score_types");
        }
    }
}
