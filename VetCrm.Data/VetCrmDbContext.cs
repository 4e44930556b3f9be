using System.Text;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using VetCrm.Data.Entities;
using VetCrm.Data.Records;

namespace VetCrm.Data;

/// <summary>The clinic's database: records, accounts, audit and history, data-protection keys.</summary>
public sealed class VetCrmDbContext(DbContextOptions<VetCrmDbContext> options)
    : IdentityUserContext<AppUser, Guid>(options), IDataProtectionKeyContext
{
    /// <summary>Sequence behind generated referral numbers (REF-{year}-{000123}).</summary>
    public const string ReferralNumberSequence = "referral_number_seq";

    public DbSet<Pet> Pets => Set<Pet>();
    public DbSet<Referral> Referrals => Set<Referral>();
    public DbSet<TreatmentPlan> TreatmentPlans => Set<TreatmentPlan>();
    public DbSet<InteractionLog> InteractionLogs => Set<InteractionLog>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<StatusChange> StatusChanges => Set<StatusChange>();
    public DbSet<TreatmentPlanVersion> TreatmentPlanVersions => Set<TreatmentPlanVersion>();
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();
    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();
    public DbSet<ReminderFlag> ReminderFlags => Set<ReminderFlag>();

    /// <summary>Next number for a referral without one given; unique through the sequence.</summary>
    public async Task<string> NextReferralNumberAsync(int year, CancellationToken cancellationToken)
    {
        var next = await Database.SqlQueryRaw<long>($"SELECT nextval('{ReferralNumberSequence}') AS \"Value\"").SingleAsync(cancellationToken);
        return $"REF-{year}-{next:D6}";
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.HasPostgresExtension("pg_trgm");
        builder.HasSequence<long>(ReferralNumberSequence);

        builder.Entity<AppUser>(user =>
        {
            user.ToTable("users");
            user.Property(u => u.FullName).HasMaxLength(200);
            user.Property(u => u.Role).HasMaxLength(20);
            user.ToTable(t => t.HasCheckConstraint("ck_users_role", InList("role", Roles.All, allowNull: true)));
            user.HasIndex(u => u.Role);
        });
        builder.Entity<Microsoft.AspNetCore.Identity.IdentityUserClaim<Guid>>().ToTable("user_claims");
        builder.Entity<Microsoft.AspNetCore.Identity.IdentityUserLogin<Guid>>().ToTable("user_logins");
        builder.Entity<Microsoft.AspNetCore.Identity.IdentityUserToken<Guid>>().ToTable("user_tokens");

        builder.Entity<Pet>(pet =>
        {
            ConfigureRecord(pet, "pets");
            pet.Property(p => p.PetName).HasMaxLength(100);
            pet.Property(p => p.Species).HasMaxLength(50);
            pet.Property(p => p.Breed).HasMaxLength(100);
            pet.Property(p => p.MedicalHistorySummary).HasMaxLength(4000);
            pet.Property(p => p.OwnerName).HasMaxLength(200);
            pet.Property(p => p.OwnerPhone).HasMaxLength(40);
            pet.Property(p => p.PrimaryVetClinic).HasMaxLength(200);
            pet.HasOne(p => p.AssignedSpecialist).WithMany().HasForeignKey(p => p.AssignedSpecialistId).OnDelete(DeleteBehavior.Restrict);
            // Pipeline order "newest activity first" and the search: trigram indexes keep `q=` fast at 100k pets.
            pet.HasIndex(p => new { p.UpdatedAt, p.Id });
            pet.HasIndex(p => new { p.CreatedAt, p.Id });
            pet.HasIndex(p => new { p.PetName, p.Id });
            pet.HasIndex(p => new { p.AssignedSpecialistId, p.UpdatedAt });
            pet.HasIndex(p => p.CreatedById);
            pet.HasIndex(p => p.PetName, "ix_pets_pet_name_trgm").HasMethod("gin").HasOperators("gin_trgm_ops");
            pet.HasIndex(p => p.OwnerName, "ix_pets_owner_name_trgm").HasMethod("gin").HasOperators("gin_trgm_ops");
            pet.HasIndex(p => p.OwnerPhone, "ix_pets_owner_phone_trgm").HasMethod("gin").HasOperators("gin_trgm_ops");
        });

        builder.Entity<Referral>(referral =>
        {
            ConfigureRecord(referral, "referrals");
            referral.Property(r => r.ReferralNumber).HasMaxLength(40);
            referral.Property(r => r.ReferringClinic).HasMaxLength(200);
            referral.Property(r => r.ReferralReason).HasMaxLength(4000);
            referral.Property(r => r.Status).HasMaxLength(20);
            referral.Property(r => r.Priority).HasMaxLength(20);
            referral.Property(r => r.PriorityRank)
                .HasComputedColumnSql("CASE priority WHEN 'emergency' THEN 0 WHEN 'urgent' THEN 1 ELSE 2 END", stored: true);
            referral.ToTable(t =>
            {
                t.HasCheckConstraint("ck_referrals_status", InList("status", ReferralStatuses.All));
                t.HasCheckConstraint("ck_referrals_priority", InList("priority", ReferralPriorities.All));
            });
            referral.HasIndex(r => r.ReferralNumber).IsUnique();
            referral.HasIndex(r => r.ReferralNumber, "ix_referrals_referral_number_trgm").HasMethod("gin").HasOperators("gin_trgm_ops");
            referral.HasOne(r => r.Pet).WithMany(p => p.Referrals).HasForeignKey(r => r.PetId).OnDelete(DeleteBehavior.Restrict);
            referral.HasOne(r => r.ReceivedBy).WithMany().HasForeignKey(r => r.ReceivedById).OnDelete(DeleteBehavior.Restrict);
            referral.HasIndex(r => new { r.ReceivedAt, r.Id });
            referral.HasIndex(r => new { r.CreatedAt, r.Id });
            referral.HasIndex(r => new { r.PetId, r.ReceivedAt });
            referral.HasIndex(r => new { r.ReceivedById, r.ReceivedAt });
            // The triage queue: open referrals by priority, then oldest first.
            referral.HasIndex(r => new { r.PriorityRank, r.ReceivedAt, r.Id }, "ix_referrals_queue")
                .HasFilter(IntakeQueue.IndexFilter);
        });

        builder.Entity<TreatmentPlan>(plan =>
        {
            ConfigureRecord(plan, "treatment_plans");
            plan.Property(p => p.PlanTitle).HasMaxLength(200);
            plan.Property(p => p.DiagnosisNotes).HasMaxLength(8000);
            plan.Property(p => p.PlanStatus).HasMaxLength(20);
            plan.Property(p => p.MedicationNotes).HasMaxLength(8000);
            plan.Property(p => p.ClientInstructions).HasMaxLength(8000);
            plan.Property(p => p.CreatedByUserId).HasColumnName("created_by_user_id");
            plan.ToTable(t => t.HasCheckConstraint("ck_treatment_plans_plan_status", InList("plan_status", PlanStatuses.All)));
            plan.HasOne(p => p.Pet).WithMany().HasForeignKey(p => p.PetId).OnDelete(DeleteBehavior.Restrict);
            plan.HasOne(p => p.Referral).WithMany().HasForeignKey(p => p.ReferralId).OnDelete(DeleteBehavior.Restrict);
            plan.HasOne(p => p.CreatedByUser).WithMany().HasForeignKey(p => p.CreatedByUserId).OnDelete(DeleteBehavior.Restrict);
            plan.HasIndex(p => new { p.UpdatedAt, p.Id });
            plan.HasIndex(p => new { p.CreatedAt, p.Id });
            plan.HasIndex(p => new { p.PetId, p.UpdatedAt });
            plan.HasIndex(p => p.ReferralId);
            // The reminder worker's scan: active plans whose review date has passed.
            plan.HasIndex(p => new { p.NextReviewDate, p.Id }).HasFilter("plan_status = 'active'");
        });

        builder.Entity<InteractionLog>(log =>
        {
            ConfigureRecord(log, "interaction_logs");
            log.Property(l => l.InteractionType).HasMaxLength(20);
            log.Property(l => l.Summary).HasMaxLength(4000);
            log.ToTable(t => t.HasCheckConstraint("ck_interaction_logs_interaction_type", InList("interaction_type", InteractionTypes.All)));
            log.HasOne(l => l.Pet).WithMany().HasForeignKey(l => l.PetId).OnDelete(DeleteBehavior.Restrict);
            log.HasOne(l => l.Referral).WithMany().HasForeignKey(l => l.ReferralId).OnDelete(DeleteBehavior.Restrict);
            log.HasOne(l => l.TreatmentPlan).WithMany().HasForeignKey(l => l.TreatmentPlanId).OnDelete(DeleteBehavior.Restrict);
            log.HasOne(l => l.User).WithMany().HasForeignKey(l => l.UserId).OnDelete(DeleteBehavior.Restrict);
            log.HasIndex(l => new { l.InteractionAt, l.Id });
            log.HasIndex(l => new { l.CreatedAt, l.Id });
            log.HasIndex(l => new { l.PetId, l.InteractionAt });
            log.HasIndex(l => l.ReferralId);
            log.HasIndex(l => l.TreatmentPlanId);
            log.HasIndex(l => l.UserId);
        });

        builder.Entity<AuditEntry>(audit =>
        {
            audit.ToTable("audit_entries");
            audit.Property(a => a.Action).HasMaxLength(40);
            audit.Property(a => a.EntityType).HasMaxLength(60);
            audit.Property(a => a.EntityId).HasMaxLength(64);
            audit.Property(a => a.ActorName).HasMaxLength(256);
            audit.Property(a => a.Summary).HasMaxLength(1000);
            audit.HasIndex(a => new { a.At, a.Id });
            audit.HasIndex(a => new { a.EntityType, a.EntityId, a.At });
            audit.HasIndex(a => new { a.ActorId, a.At });
            audit.HasIndex(a => new { a.Action, a.At });
        });

        builder.Entity<StatusChange>(change =>
        {
            change.ToTable("status_changes");
            change.Property(c => c.EntityType).HasMaxLength(60);
            change.Property(c => c.Field).HasMaxLength(40);
            change.Property(c => c.FromValue).HasMaxLength(20);
            change.Property(c => c.ToValue).HasMaxLength(20);
            change.Property(c => c.ChangeReason).HasMaxLength(1000);
            change.HasIndex(c => new { c.EntityType, c.EntityId, c.ChangedAt });
        });

        builder.Entity<TreatmentPlanVersion>(version =>
        {
            version.ToTable("treatment_plan_versions");
            version.HasIndex(v => new { v.TreatmentPlanId, v.VersionNumber }).IsUnique();
            version.HasOne<TreatmentPlan>().WithMany().HasForeignKey(v => v.TreatmentPlanId).OnDelete(DeleteBehavior.Restrict);
        });

        builder.Entity<DataProtectionKey>().ToTable("data_protection_keys");

        builder.Entity<OutboxMessage>(outbox =>
        {
            outbox.ToTable("outbox_messages");
            outbox.Property(o => o.Type).HasMaxLength(40);
            outbox.Property(o => o.EntityType).HasMaxLength(60);
            // The dispatcher only ever looks for what is not sent yet.
            outbox.HasIndex(o => new { o.CreatedAt, o.Id }).HasFilter("dispatched_at IS NULL");
        });

        builder.Entity<ReminderFlag>(flag =>
        {
            flag.ToTable("reminder_flags");
            // The guarantee behind "once per plan and review date", whatever number of workers race for it.
            flag.HasIndex(f => new { f.TreatmentPlanId, f.ReviewDate }).IsUnique();
            flag.HasOne<TreatmentPlan>().WithMany().HasForeignKey(f => f.TreatmentPlanId).OnDelete(DeleteBehavior.Restrict);
        });

        ApplySnakeCaseNames(builder);
    }

    private static void ConfigureRecord<T>(Microsoft.EntityFrameworkCore.Metadata.Builders.EntityTypeBuilder<T> record, string table) where T : ClinicalRecord
    {
        record.ToTable(table);
        record.Property(r => r.Version).HasColumnName("xmin").HasColumnType("xid").IsRowVersion();
    }

    private static string InList(string column, IEnumerable<string> values, bool allowNull = false) =>
        $"{(allowNull ? $"{column} IS NULL OR " : "")}{column} IN ({string.Join(", ", values.Select(v => $"'{v}'"))})";

    /// <summary>snake_case tables, columns, keys and indexes, so hand-written SQL (tests, COPY, triggers) reads naturally.</summary>
    private static void ApplySnakeCaseNames(ModelBuilder builder)
    {
        foreach (var entity in builder.Model.GetEntityTypes())
        {
            var table = entity.GetTableName();
            if (table is not null && table.Any(char.IsUpper)) entity.SetTableName(ToSnakeCase(table));
            foreach (var property in entity.GetProperties())
            {
                if (property.GetColumnName() is var column && column != "xmin") property.SetColumnName(ToSnakeCase(column));
            }
            foreach (var key in entity.GetKeys()) key.SetName(ToSnakeCase(key.GetName()!));
            foreach (var foreignKey in entity.GetForeignKeys()) foreignKey.SetConstraintName(ToSnakeCase(foreignKey.GetConstraintName()!));
            foreach (var index in entity.GetIndexes()) index.SetDatabaseName(ToSnakeCase(index.GetDatabaseName()!));
        }
    }

    private static string ToSnakeCase(string name)
    {
        var result = new StringBuilder(name.Length + 8);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (char.IsUpper(c))
            {
                if (i > 0 && name[i - 1] != '_' && (char.IsLower(name[i - 1]) || (i + 1 < name.Length && char.IsLower(name[i + 1])))) result.Append('_');
                result.Append(char.ToLowerInvariant(c));
            }
            else result.Append(c);
        }
        return result.ToString();
    }
}
