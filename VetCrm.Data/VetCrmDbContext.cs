using System.Text;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using VetCrm.Data.Entities;

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
    public DbSet<Room> Rooms => Set<Room>();
    public DbSet<Appointment> Appointments => Set<Appointment>();
    public DbSet<CareTask> CareTasks => Set<CareTask>();
    public DbSet<TaskOverdueFlag> TaskOverdueFlags => Set<TaskOverdueFlag>();
    public DbSet<Notification> Notifications => Set<Notification>();
    public DbSet<WebhookSubscription> WebhookSubscriptions => Set<WebhookSubscription>();
    public DbSet<WebhookDelivery> WebhookDeliveries => Set<WebhookDelivery>();
    public DbSet<ScoreType> ScoreTypes => Set<ScoreType>();
    public DbSet<ClinicalScore> ClinicalScores => Set<ClinicalScore>();
    public DbSet<EquipmentItem> EquipmentItems => Set<EquipmentItem>();
    public DbSet<EquipmentLoan> EquipmentLoans => Set<EquipmentLoan>();
    public DbSet<LoanOverdueFlag> LoanOverdueFlags => Set<LoanOverdueFlag>();
    public DbSet<MessageThread> MessageThreads => Set<MessageThread>();
    public DbSet<ThreadParticipant> ThreadParticipants => Set<ThreadParticipant>();
    public DbSet<Message> Messages => Set<Message>();
    public DbSet<MessageAttachment> MessageAttachments => Set<MessageAttachment>();
    public DbSet<AttachmentContent> AttachmentContents => Set<AttachmentContent>();
    public DbSet<MessageReceipt> MessageReceipts => Set<MessageReceipt>();

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
        builder.HasPostgresExtension("btree_gist");
        builder.HasSequence<long>(ReferralNumberSequence);

        builder.Entity<Microsoft.AspNetCore.Identity.IdentityUserClaim<Guid>>().ToTable("user_claims");
        builder.Entity<Microsoft.AspNetCore.Identity.IdentityUserLogin<Guid>>().ToTable("user_logins");
        builder.Entity<Microsoft.AspNetCore.Identity.IdentityUserToken<Guid>>().ToTable("user_tokens");
        builder.Entity<DataProtectionKey>().ToTable("data_protection_keys");
        builder.ApplyConfigurationsFromAssembly(typeof(VetCrmDbContext).Assembly);

        ApplySnakeCaseNames(builder);
    }

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
