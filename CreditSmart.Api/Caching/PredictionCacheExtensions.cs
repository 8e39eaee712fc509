using Microsoft.AspNetCore.OutputCaching.StackExchangeRedis;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace CreditSmart.Api.Caching;

public static class PredictionCacheExtensions
{
    /// <summary>
    /// The prediction cache: Redis through the Aspire client (connection, telemetry) as the
    /// output-cache store, when <c>PredictionCache:Enabled</c> is true and the <c>cache</c>
    /// connection string is set; otherwise no cache, and every prediction is scored.
    /// </summary>
    public static WebApplicationBuilder AddPredictionCache(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<PredictionCacheOptions>()
            .BindConfiguration(PredictionCacheOptions.SectionName)
            .ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<PredictionCacheOptions>, PredictionCacheOptionsValidator>();

        builder.Services.AddSingleton<PredictionCache>();

        var enabled = builder.Configuration.GetValue<bool>($"{PredictionCacheOptions.SectionName}:Enabled");
        if (!enabled || string.IsNullOrEmpty(builder.Configuration.GetConnectionString(PredictionCacheOptions.ConnectionName)))
        {
            return builder;
        }

        builder.AddRedisClient(
            PredictionCacheOptions.ConnectionName,
            // The Aspire Redis check would turn /health red while Redis is down, and the
            // service is fine then: GET /api/v1/health reports the cache on its own line.
            settings => settings.DisableHealthChecks = true,
            options =>
            {
                // Start, and keep reconnecting in the background, whether Redis is up or not.
                options.AbortOnConnectFail = false;
                options.ConnectTimeout = 1000;
                options.ConnectRetry = 1;
            });

        // The store shares the Aspire client's connection rather than opening one of its own.
        builder.Services.AddStackExchangeRedisOutputCache(_ => { });
        builder.Services.AddOptions<RedisOutputCacheOptions>()
            .Configure<IServiceProvider>((options, services) =>
                options.ConnectionMultiplexerFactory = () =>
                    Task.FromResult(services.GetRequiredService<IConnectionMultiplexer>()));

        return builder;
    }
}
