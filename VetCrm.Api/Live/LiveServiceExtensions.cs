using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection.Extensions;
using StackExchange.Redis;
using VetCrm.Api.Auth;
using VetCrm.Api.Common;
using VetCrm.Data.Live;

namespace VetCrm.Api.Live;

public static class LiveServiceExtensions
{
    /// <summary>Browsers of the web frontend (configuration <c>Live:AllowedOrigins</c>) may open the hub from their origin.</summary>
    private const string CorsPolicy = "live";

    /// <summary>SignalR with the Redis backplane (events reach connections on every API replica) and the outbox dispatcher.</summary>
    public static IHostApplicationBuilder AddVetCrmLive(this IHostApplicationBuilder builder)
    {
        var redis = builder.Configuration.GetConnectionString("cache")
            ?? throw new InvalidOperationException("ConnectionStrings:cache is not configured.");
        var backplane = new LiveBackplane(TimeProvider.System);
        builder.Services.AddSingleton(backplane);
        builder.Services.AddSingleton<HubConnections>();
        builder.Services.AddSignalR().AddStackExchangeRedis(options =>
        {
            options.Configuration = ConfigurationOptions.Parse(redis);
            options.Configuration.AbortOnConnectFail = false;
            options.Configuration.ChannelPrefix = RedisChannel.Literal("vetcrm");
            options.ConnectionFactory = log => backplane.ConnectAsync(options.Configuration, log);
        });
        // Browsers cannot set headers on WebSocket requests: the hub takes the bearer token from the query string.
        builder.Services.PostConfigure<BearerTokenOptions>(IdentityConstants.BearerScheme, options =>
        {
            options.Events.OnMessageReceived = context =>
            {
                if (context.Request.Path.StartsWithSegments(ClinicHub.Path) && context.Request.Query["access_token"] is [{ } token, ..])
                {
                    context.Token = token;
                }
                return Task.CompletedTask;
            };
        });
        var allowedOrigins = builder.Configuration.GetSection("Live:AllowedOrigins").Get<string[]>() ?? [];
        builder.Services.AddCors(cors => cors.AddPolicy(CorsPolicy, policy => policy.WithOrigins(allowedOrigins).AllowAnyHeader().AllowAnyMethod().AllowCredentials()));
        builder.Services.TryAddSingleton<PostgresChannel>();
        builder.Services.AddSingleton<OutboxSignal>();
        builder.Services.AddHostedService(services => services.GetRequiredService<OutboxSignal>());
        builder.Services.AddSingleton<IOutboxWakeUp>(services => services.GetRequiredService<OutboxSignal>());
        builder.Services.AddHostedService<OutboxDispatcher>();
        return builder;
    }

    public static IEndpointRouteBuilder MapLiveEndpoints(this IEndpointRouteBuilder routes)
    {
        routes.MapHub<ClinicHub>(ClinicHub.Path).RequireAuthorization(Policies.Staff).RequireCors(CorsPolicy);
        return routes;
    }
}
