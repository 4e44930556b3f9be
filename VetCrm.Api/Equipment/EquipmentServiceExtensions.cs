namespace VetCrm.Api.Equipment;

public static class EquipmentServiceExtensions
{
    /// <summary>Equipment access, item and loan commands and queries, GraphQL's item loader.</summary>
    public static IHostApplicationBuilder AddVetCrmEquipment(this IHostApplicationBuilder builder)
    {
        builder.Services.AddScoped<EquipmentAccess>();
        builder.Services.AddScoped<EquipmentItemCommands>();
        builder.Services.AddScoped<EquipmentItemQueries>();
        builder.Services.AddScoped<EquipmentLoanCommands>();
        builder.Services.AddScoped<EquipmentLoanQueries>();
        builder.Services.AddScoped<EquipmentBatches>();
        return builder;
    }
}
