using CreditSmart.Api.Infrastructure;
using CreditSmart.Api.ModelSync;
using CreditSmart.Scoring.Rules;
using Microsoft.Extensions.Options;

namespace CreditSmart.Api.Scoring;

public static class CreditScoringExtensions
{
    public static WebApplicationBuilder AddCreditScoring(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<ModelOptions>()
            .BindSettings(ModelOptions.SectionName)
            .ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<ModelOptions>, ModelOptionsValidator>();

        builder.Services.AddSingleton(new RuleEngineScorer());
        builder.Services.AddSingleton<LiveScorer>();
        builder.Services.AddHostedService<ModelInitializer>();

        // Registered after the initializer, so polling starts once a model is serving.
        builder.AddModelSync();

        builder.Services.AddHealthChecks()
            .AddCheck<ModelHealthCheck>("model");

        return builder;
    }
}
