using CreditSmart.Api.Infrastructure;
using Microsoft.Extensions.Options;

namespace CreditSmart.Api.Caching;

public static class PredictionCacheExtensions
{
    /// <summary>
    /// The prediction cache, on when <c>PredictionCache:Enabled</c> is true: it keeps its entries
    /// in the output cache's store (<see cref="OutputCachingExtensions.AddOutputCaching"/>), Redis
    /// when the <c>cache</c> connection string is set, else this instance's memory.
    /// </summary>
    public static WebApplicationBuilder AddPredictionCache(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<PredictionCacheOptions>()
            .BindSettings(PredictionCacheOptions.SectionName)
            .ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<PredictionCacheOptions>, PredictionCacheOptionsValidator>();

        builder.Services.AddSingleton<PredictionCache>();

        return builder;
    }
}
