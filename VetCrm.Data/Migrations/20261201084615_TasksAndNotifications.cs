using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace VetCrm.Data.Migrations
{
    /// <inheritdoc />
    public partial class TasksAndNotifications : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "care_tasks",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    pet_id = table.Column<Guid>(type: "uuid", nullable: false),
                    referral_id = table.Column<Guid>(type: "uuid", nullable: true),
                    source_interaction_id = table.Column<Guid>(type: "uuid", nullable: true),
                    title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    assignee_id = table.Column<Guid>(type: "uuid", nullable: false),
                    due_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    snoozed_until = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    completed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    completed_by_id = table.Column<Guid>(type: "uuid", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    archived_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    created_by_id = table.Column<Guid>(type: "uuid", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_care_tasks", x => x.id);
                    table.CheckConstraint("ck_care_tasks_completed", "(status = 'done') = (completed_at IS NOT NULL)");
                    table.CheckConstraint("ck_care_tasks_snoozed_until", "(status = 'snoozed') = (snoozed_until IS NOT NULL)");
                    table.CheckConstraint("ck_care_tasks_status", "status IN ('open', 'snoozed', 'done')");
                    table.ForeignKey(
                        name: "fk_care_tasks_interaction_logs_source_interaction_id",
                        column: x => x.source_interaction_id,
                        principalTable: "interaction_logs",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_care_tasks_pets_pet_id",
                        column: x => x.pet_id,
                        principalTable: "pets",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_care_tasks_referrals_referral_id",
                        column: x => x.referral_id,
                        principalTable: "referrals",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_care_tasks_users_assignee_id",
                        column: x => x.assignee_id,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_care_tasks_users_completed_by_id",
                        column: x => x.completed_by_id,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "notifications",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    recipient_id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    entity_type = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    entity_id = table.Column<Guid>(type: "uuid", nullable: false),
                    pet_id = table.Column<Guid>(type: "uuid", nullable: false),
                    source_event_id = table.Column<Guid>(type: "uuid", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    read_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_notifications", x => x.id);
                    table.CheckConstraint("ck_notifications_kind", "kind IN ('caseAssigned', 'taskAssigned', 'taskOverdue', 'planReviewOverdue')");
                    table.ForeignKey(
                        name: "fk_notifications_users_recipient_id",
                        column: x => x.recipient_id,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "task_overdue_flags",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    care_task_id = table.Column<Guid>(type: "uuid", nullable: false),
                    due_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    flagged_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_task_overdue_flags", x => x.id);
                    table.ForeignKey(
                        name: "fk_task_overdue_flags_care_tasks_care_task_id",
                        column: x => x.care_task_id,
                        principalTable: "care_tasks",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_care_tasks_assignee_id_due_at",
                table: "care_tasks",
                columns: new[] { "assignee_id", "due_at" });

            migrationBuilder.CreateIndex(
                name: "ix_care_tasks_completed_by_id",
                table: "care_tasks",
                column: "completed_by_id");

            migrationBuilder.CreateIndex(
                name: "ix_care_tasks_created_at_id",
                table: "care_tasks",
                columns: new[] { "created_at", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_care_tasks_due_at_id",
                table: "care_tasks",
                columns: new[] { "due_at", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_care_tasks_pet_id_due_at",
                table: "care_tasks",
                columns: new[] { "pet_id", "due_at" });

            migrationBuilder.CreateIndex(
                name: "ix_care_tasks_referral_id",
                table: "care_tasks",
                column: "referral_id");

            migrationBuilder.CreateIndex(
                name: "ix_care_tasks_source_interaction_id",
                table: "care_tasks",
                column: "source_interaction_id");

            migrationBuilder.CreateIndex(
                name: "ix_care_tasks_unfinished_due_at",
                table: "care_tasks",
                column: "due_at",
                filter: "status <> 'done' AND archived_at IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_care_tasks_updated_at_id",
                table: "care_tasks",
                columns: new[] { "updated_at", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_notifications_recipient_id_created_at_id",
                table: "notifications",
                columns: new[] { "recipient_id", "created_at", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_notifications_source_event_id_recipient_id",
                table: "notifications",
                columns: new[] { "source_event_id", "recipient_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_notifications_unread",
                table: "notifications",
                column: "recipient_id",
                filter: "read_at IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_task_overdue_flags_care_task_id_due_at",
                table: "task_overdue_flags",
                columns: new[] { "care_task_id", "due_at" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "notifications");

            migrationBuilder.DropTable(
                name: "task_overdue_flags");

            migrationBuilder.DropTable(
                name: "care_tasks");
        }
    }
}
