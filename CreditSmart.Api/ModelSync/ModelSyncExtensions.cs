using CreditSmart.Api.Infrastructure;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Telemetry;

namespace CreditSmart.Api.ModelSync;

public static class ModelSyncExtensions
{
    /// <summary>
    /// Following the model store: its options, a typed client whose retries fit inside the
    /// start-up budget, the last-known-good cache and the poller.
    /// </summary>
    public static WebApplicationBuilder AddModelSync(this WebApplicationBuilder builder)
    {
        var storeReferenced = builder.Configuration.GetSection("services:model-store").Exists();

        builder.Services.AddOptions<ModelSyncOptions>()
            .BindSettings(ModelSyncOptions.SectionName)
            // The AppHost's WithReference(model-store) is configuration enough.
            .PostConfigure(options => options.Url ??= storeReferenced ? ModelSyncOptions.DiscoveredUrl : null)
            .ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<ModelSyncOptions>, ModelSyncOptionsValidator>();

        var storeClient = builder.Services.AddHttpClient<ModelStoreClient>((services, http) =>
            {
                var options = services.GetRequiredService<IOptions<ModelSyncOptions>>().Value;
                http.BaseAddress = new Uri((options.Url ?? ModelSyncOptions.DiscoveredUrl).TrimEnd('/') + "/");
                // The resilience handler below times calls out; this is only a backstop.
                http.Timeout = options.StartupTimeout + TimeSpan.FromSeconds(1);
            });

        // The service defaults allow 30 s a call; start-up must not wait that long, so this
        // client's handler is replaced. RemoveAllResilienceHandlers is marked for evaluation.
#pragma warning disable EXTEXP0001
        storeClient.RemoveAllResilienceHandlers();
#pragma warning restore EXTEXP0001

        storeClient.AddStandardResilienceHandler()
            .Configure((resilience, services) =>
            {
                var options = services.GetRequiredService<IOptions<ModelSyncOptions>>().Value;
                resilience.AttemptTimeout.Timeout = options.RequestTimeout;
                resilience.TotalRequestTimeout.Timeout = options.StartupTimeout;
                resilience.Retry.MaxRetryAttempts = 2;
                resilience.Retry.BackoffType = DelayBackoffType.Constant;
                resilience.Retry.Delay = TimeSpan.FromMilliseconds(100);
                resilience.CircuitBreaker.SamplingDuration = TimeSpan.FromSeconds(
                    Math.Max(30, 2 * options.RequestTimeout.TotalSeconds));
            });

        // The poller reports an outage once (model_store_unreachable); left alone, Polly would log
        // every attempt of every poll, with a stack trace, once a second for as long as it lasts.
        builder.Services.ConfigureAll<TelemetryOptions>(telemetry =>
        {
            var severityOf = telemetry.SeverityProvider;
            telemetry.SeverityProvider = args =>
                args.Source.PipelineName?.StartsWith(nameof(ModelStoreClient), StringComparison.Ordinal) == true
                    ? ResilienceEventSeverity.Debug
                    : severityOf?.Invoke(args) ?? args.Event.Severity;
        });

        builder.Services.AddSingleton<LastKnownGoodCache>();
        builder.Services.AddSingleton<StoreModelFetcher>();
        builder.Services.AddSingleton<ModelStoreFollower>();
        builder.Services.AddHostedService<ModelSyncService>();

        return builder;
    }
}
