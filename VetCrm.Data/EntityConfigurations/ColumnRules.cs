using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using VetCrm.Data.Entities;

namespace VetCrm.Data.EntityConfigurations;

/// <summary>What every clinical record's table has, and how value sets become CHECK constraints.</summary>
internal static class ColumnRules
{
    public static void ConfigureRecord<T>(EntityTypeBuilder<T> record, string table) where T : ClinicalRecord
    {
        record.ToTable(table);
        record.Property(r => r.Version).HasColumnName("xmin").HasColumnType("xid").IsRowVersion();
    }

    public static string InList(string column, IEnumerable<string> values, bool allowNull = false) =>
        $"{(allowNull ? $"{column} IS NULL OR " : "")}{column} IN ({string.Join(", ", values.Select(v => $"'{v}'"))})";
}
