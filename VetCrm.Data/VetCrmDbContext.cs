using Microsoft.EntityFrameworkCore;

namespace VetCrm.Data;

/// <summary>The clinic's database: records, accounts, audit and history.</summary>
public sealed class VetCrmDbContext(DbContextOptions<VetCrmDbContext> options) : DbContext(options)
{
}
