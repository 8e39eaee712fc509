using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.OutputCaching.StackExchangeRedis;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace CreditSmart.Api.Caching;

public static class OutputCachingExtensions
{
    // The key the framework's own store is kept under, behind the guard.
    private const string InnerStoreKey = "creditsmart:inner-output-cache-store";

    /// <summary>
    /// ASP.NET Core output caching with the read-only GET endpoints' policies, over Redis
    /// through the Aspire client (connection, telemetry) when the <c>cache</c> connection string
    /// is set, else over the framework's in-memory store; either way behind
    /// <see cref="GuardedCacheStore"/>, which every cache call goes through.
    /// </summary>
    public static WebApplicationBuilder AddOutputCaching(this WebApplicationBuilder builder)
    {
        // CacheHeaderPolicy replaces the framework's default policy (see there why).
        builder.Services.AddOutputCache(options =>
        {
            options.AddPolicy(CachePolicies.Schema, policy => policy
                .AddPolicy<CacheHeaderPolicy>()
                .Tag(CachePolicies.Schema)
                .Expire(CachePolicies.Expiry),
                excludeDefaultPolicy: true);

            options.AddPolicy(CachePolicies.Model, policy => policy
                .AddPolicy<CacheHeaderPolicy>()
                .AddPolicy<ModelIdentityPolicy>()
                .Tag(CachePolicies.Model)
                .Expire(CachePolicies.Expiry),
                excludeDefaultPolicy: true);
        });

        // LIMITATION: without Redis each instance caches in its own memory, so replicas share no
        // entry, and a swap evicts only the swapping instance's (the key carries the model, so
        // none serves another model's entry either way).
        var shared = !string.IsNullOrEmpty(builder.Configuration.GetConnectionString(PredictionCacheOptions.ConnectionName));
        if (shared)
        {
            AddRedisStore(builder);
        }

        GuardStore(builder.Services, shared);
        builder.Services.AddHostedService<CacheStoreLifecycle>();

        return builder;
    }

    private static void AddRedisStore(WebApplicationBuilder builder)
    {
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
    }

    // The framework's store (the last registered: Redis, or the in-memory default) moves behind
    // a key, and IOutputCacheStore, which the middleware asks for, becomes the guard around it.
    private static void GuardStore(IServiceCollection services, bool shared)
    {
        var framework = services.Last(service => service.ServiceType == typeof(IOutputCacheStore) && !service.IsKeyedService);
        services.RemoveAll<IOutputCacheStore>();
        services.Add(framework switch
        {
            { ImplementationType: { } type } =>
                ServiceDescriptor.KeyedSingleton(typeof(IOutputCacheStore), InnerStoreKey, type),
            { ImplementationFactory: { } factory } =>
                ServiceDescriptor.KeyedSingleton(typeof(IOutputCacheStore), InnerStoreKey, (provider, _) => factory(provider)),
            _ => ServiceDescriptor.KeyedSingleton(typeof(IOutputCacheStore), InnerStoreKey, framework.ImplementationInstance!),
        });

        services.AddSingleton(provider => new GuardedCacheStore(
            provider.GetRequiredKeyedService<IOutputCacheStore>(InnerStoreKey),
            shared ? provider.GetRequiredService<IConnectionMultiplexer>() : null,
            provider.GetRequiredService<IOptions<PredictionCacheOptions>>().Value.Timeout,
            provider.GetRequiredService<ILogger<GuardedCacheStore>>()));
        services.AddSingleton<IOutputCacheStore>(provider => provider.GetRequiredService<GuardedCacheStore>());
    }
}
