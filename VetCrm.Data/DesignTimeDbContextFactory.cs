using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace VetCrm.Data;

/// <summary>Lets <c>dotnet ef migrations add</c> build the model without a running database.</summary>
internal sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<VetCrmDbContext>
{
    public VetCrmDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<VetCrmDbContext>().UseNpgsql("Host=localhost;Database=vetcrmdb").Options);
}
