using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using VetCrm.Data.Entities;

namespace VetCrm.Data.EntityConfigurations;

internal sealed class ScoreTypeConfiguration : IEntityTypeConfiguration<ScoreType>
{
    private static readonly DateTimeOffset Seeded = new(2026, 12, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>
    /// The common scales, created with the schema: reference data every hospital needs in production, not demo data.
    /// Ranges from the published scales; admins may change thresholds and add their own types.
    /// </summary>
    public static readonly ScoreType[] Initial =
    [
        new()
        {
            Id = Guid.Parse("01938a10-0000-7000-8000-000000000001"), Code = "cmps-sf", Name = "Glasgow CMPS-SF (dog, acute pain)",
            Kind = ScoreKinds.Numeric, MinValue = 0, MaxValue = 24, Step = 1, Unit = "points",
            Description = "Short-form Glasgow composite measure pain scale, 0–24 (mobility assessed). Analgesia review at 6/24 or more.",
            ThresholdAtLeast = 6, ThresholdTaskTitle = "Analgesia review", ThresholdDueHours = 1, CreatedAt = Seeded, UpdatedAt = Seeded,
        },
        new()
        {
            Id = Guid.Parse("01938a10-0000-7000-8000-000000000002"), Code = "feline-grimace", Name = "Feline Grimace Scale",
            Kind = ScoreKinds.Numeric, MinValue = 0, MaxValue = 10, Step = 1, Unit = "points",
            Description = "Five action units scored 0–2 each. Analgesia review at 4/10 or more.",
            ThresholdAtLeast = 4, ThresholdTaskTitle = "Analgesia review", ThresholdDueHours = 1, CreatedAt = Seeded, UpdatedAt = Seeded,
        },
        new()
        {
            Id = Guid.Parse("01938a10-0000-7000-8000-000000000003"), Code = "body-condition", Name = "Body condition score",
            Kind = ScoreKinds.Numeric, MinValue = 1, MaxValue = 9, Step = 1, Unit = "/9",
            Description = "Nine-point scale; 4–5 is ideal.", CreatedAt = Seeded, UpdatedAt = Seeded,
        },
        new()
        {
            Id = Guid.Parse("01938a10-0000-7000-8000-000000000004"), Code = "weight", Name = "Body weight",
            Kind = ScoreKinds.Numeric, MinValue = 0, MaxValue = 200, Step = 0.01m, Unit = "kg",
            Description = "Weighed on the hospital's scales, to 10 g.", CreatedAt = Seeded, UpdatedAt = Seeded,
        },
        new()
        {
            Id = Guid.Parse("01938a10-0000-7000-8000-000000000005"), Code = "modified-frankel", Name = "Modified Frankel score",
            Kind = ScoreKinds.Numeric, MinValue = 0, MaxValue = 5, Step = 1, Unit = "grade",
            Description = "0 paraplegic without deep pain perception … 5 spinal pain only. A grade of 1 or less asks for a neurology review.",
            ThresholdAtMost = 1, ThresholdTaskTitle = "Neurology review", ThresholdDueHours = 1, CreatedAt = Seeded, UpdatedAt = Seeded,
        },
        new()
        {
            Id = Guid.Parse("01938a10-0000-7000-8000-000000000006"), Code = "acvim-mmvd", Name = "ACVIM MMVD stage",
            Kind = ScoreKinds.Categorical, Categories = ["A", "B1", "B2", "C", "D"],
            Description = "Myxomatous mitral valve disease stage; C and D are heart failure and ask for a cardiology review.",
            ThresholdCategories = ["C", "D"], ThresholdTaskTitle = "Cardiology review", ThresholdDueHours = 24, CreatedAt = Seeded, UpdatedAt = Seeded,
        },
    ];

    public void Configure(EntityTypeBuilder<ScoreType> type)
    {
        type.ToTable("score_types", t =>
        {
            t.HasCheckConstraint("ck_score_types_kind", ColumnRules.InList("kind", ScoreKinds.All));
            // A numeric type has a range and a step; a categorical one at least one category.
            t.HasCheckConstraint("ck_score_types_numeric",
                "kind <> 'numeric' OR (min_value IS NOT NULL AND max_value IS NOT NULL AND step > 0 AND min_value < max_value)");
            t.HasCheckConstraint("ck_score_types_categorical", "kind <> 'categorical' OR cardinality(categories) > 0");
            t.HasCheckConstraint("ck_score_types_threshold_task", "(threshold_task_title IS NULL) = (threshold_due_hours IS NULL)");
        });
        type.Property(t => t.Version).HasColumnName("xmin").HasColumnType("xid").IsRowVersion();
        type.Property(t => t.Code).HasMaxLength(40);
        type.Property(t => t.Name).HasMaxLength(120);
        type.Property(t => t.Kind).HasMaxLength(20);
        type.Property(t => t.Unit).HasMaxLength(20);
        type.Property(t => t.Description).HasMaxLength(1000);
        type.Property(t => t.ThresholdTaskTitle).HasMaxLength(200);
        // Plain numeric keeps the scale a number was given with (24, not 24.0000).
        foreach (var number in new[] { nameof(ScoreType.MinValue), nameof(ScoreType.MaxValue), nameof(ScoreType.Step), nameof(ScoreType.ThresholdAtLeast), nameof(ScoreType.ThresholdAtMost) })
            type.Property(number).HasColumnType("numeric");
        type.Ignore(t => t.HasThreshold);
        type.HasIndex(t => t.Code).IsUnique();
        type.HasIndex(t => t.Name);
        type.HasData(Initial);
    }
}
