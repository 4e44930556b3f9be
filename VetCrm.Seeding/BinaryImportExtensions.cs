using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;
using VetCrm.Data.Records;
using VetCrm.Data.Saving;

// The namespace predates this project (seeding lived in VetCrm.Data); benchmark start-up code still imports it by this name.
namespace VetCrm.Data.Seeding;

/// <summary>Writes one COPY row of mixed values (null-aware).</summary>
internal static class BinaryImportExtensions
{
    public static async Task WriteRowAsync(this NpgsqlBinaryImporter copy, CancellationToken cancellationToken, params object?[] values)
    {
        await copy.StartRowAsync(cancellationToken);
        foreach (var value in values)
        {
            switch (value)
            {
                case null: await copy.WriteNullAsync(cancellationToken); break;
                case DateTimeOffset at: await copy.WriteAsync(at.UtcDateTime, NpgsqlDbType.TimestampTz, cancellationToken); break;
                case DateOnly date: await copy.WriteAsync(date, NpgsqlDbType.Date, cancellationToken); break;
                case Guid id: await copy.WriteAsync(id, NpgsqlDbType.Uuid, cancellationToken); break;
                case string text: await copy.WriteAsync(text, NpgsqlDbType.Varchar, cancellationToken); break;
                case bool flag: await copy.WriteAsync(flag, NpgsqlDbType.Boolean, cancellationToken); break;
                case int number: await copy.WriteAsync(number, NpgsqlDbType.Integer, cancellationToken); break;
                default: throw new ArgumentException($"Unsupported COPY value type {value.GetType()}.");
            }
        }
    }
}
