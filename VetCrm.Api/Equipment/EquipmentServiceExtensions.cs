namespace VetCrm.Api.Equipment;

public static class EquipmentServiceExtensions
{
    /// <summary>Equipment access, item and loan commands and queries.</summary>
    public static IHostApplicationBuilder AddVetCrmEquipment(this IHostApplicationBuilder builder)
    {
        builder.Services.AddScoped<EquipmentAccess>();
        builder.Services.AddScoped<EquipmentItemCommands>();
        builder.Services.AddScoped<EquipmentItemQueries>();
        builder.Services.AddScoped<EquipmentLoanCommands>();
        builder.Services.AddScoped<EquipmentLoanQueries>();
        return builder;
    }
}
