using Microsoft.Extensions.Options;

namespace VetCrm.Web.Display;

public static class HospitalTime
{
    /// <summary>
    /// Binds <see cref="HospitalOptions"/>, refuses to start with an unknown zone, and hands the zone to <see cref="When"/>,
    /// which every page calls statically.
    /// </summary>
    public static IHostApplicationBuilder AddHospitalTime(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<HospitalOptions>().Bind(builder.Configuration.GetSection(HospitalOptions.Section))
            .Validate(options => TimeZoneInfo.TryFindSystemTimeZoneById(options.TimeZone, out _), $"{HospitalOptions.Section}:TimeZone must be an IANA time zone id, e.g. Europe/London.")
            .ValidateOnStart();
        var options = builder.Configuration.GetSection(HospitalOptions.Section).Get<HospitalOptions>() ?? new HospitalOptions();
        if (TimeZoneInfo.TryFindSystemTimeZoneById(options.TimeZone, out var zone)) When.Zone = zone;
        return builder;
    }
}
