using CreditSmart.Api.Infrastructure;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CreditSmart.Api.Audit;

public static class AuditExtensions
{
    /// <summary>
    /// The decision audit trail: validated options, the queue the request path writes to and
    /// the background writer that owns the file. It is kept apart from the application log.
    /// </summary>
    public static WebApplicationBuilder AddAuditTrail(this WebApplicationBuilder builder)
    {
        var isDevelopment = builder.Environment.IsDevelopment();

        builder.Services.AddOptions<AuditOptions>()
            .BindSettings(AuditOptions.SectionName)
            // Development runs without a secret; the key it falls back to is public and refused elsewhere.
            .PostConfigure(options =>
            {
                if (isDevelopment && string.IsNullOrEmpty(options.HashKey))
                {
                    options.HashKey = AuditOptions.DevelopmentHashKey;
                }
            })
            .ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<AuditOptions>, AuditOptionsValidator>();

        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<AuditTrail>();
        builder.Services.AddHostedService<AuditWriter>();

        return builder;
    }
}
