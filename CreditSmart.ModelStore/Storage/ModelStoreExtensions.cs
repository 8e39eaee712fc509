using CreditSmart.ModelStore.Health;
using Microsoft.Extensions.Options;

namespace CreditSmart.ModelStore.Storage;

public static class ModelStoreExtensions
{
    /// <summary>The folder store, its start-up load and seed, and its readiness check.</summary>
    public static WebApplicationBuilder AddModelStore(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<ModelStoreOptions>()
            .BindConfiguration(ModelStoreOptions.SectionName)
            .ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<ModelStoreOptions>, ModelStoreOptionsValidator>();

        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton(services => new StoreLayout(Path.GetFullPath(
            services.GetRequiredService<IOptions<ModelStoreOptions>>().Value.RootPath,
            services.GetRequiredService<IHostEnvironment>().ContentRootPath)));
        builder.Services.AddSingleton<ModelRepository>();
        builder.Services.AddHostedService<ModelStoreInitializer>();

        builder.Services.AddHealthChecks()
            .AddCheck<ModelStoreHealthCheck>("model-store");

        return builder;
    }
}
