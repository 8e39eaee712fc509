namespace CreditSmart.Api.WarmUp;

public static class WarmUpExtensions
{
    public static WebApplicationBuilder AddStartupWarmUp(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<WarmUpRequests>();
        builder.Services.AddHostedService<StartupWarmUp>();

        builder.Services.AddHealthChecks()
            .AddCheck<WarmUpHealthCheck>("warm-up");

        return builder;
    }
}
