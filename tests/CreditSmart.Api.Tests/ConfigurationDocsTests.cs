using System.Reflection;
using CreditSmart.Api.Audit;
using CreditSmart.Api.Caching;
using CreditSmart.Api.Limits;
using CreditSmart.Api.ModelSync;
using CreditSmart.Api.Scoring;
using CreditSmart.Api.Security;

namespace CreditSmart.Api.Tests;

/// <summary>The configuration guide and the environment sample name every setting an options class binds.</summary>
public sealed class ConfigurationDocsTests
{
    private static readonly (string Section, Type Options)[] s_options =
    [
        (ModelOptions.SectionName, typeof(ModelOptions)),
        (ModelSyncOptions.SectionName, typeof(ModelSyncOptions)),
        (AuditOptions.SectionName, typeof(AuditOptions)),
        (PredictionCacheOptions.SectionName, typeof(PredictionCacheOptions)),
        (ApiKeyOptions.SectionName, typeof(ApiKeyOptions)),
        (RateLimitOptions.SectionName, typeof(RateLimitOptions)),
        (TrustedProxyOptions.SectionName, typeof(TrustedProxyOptions)),
        (RequestLimitOptions.SectionName, typeof(RequestLimitOptions)),
    ];

    // Bound by the CORS policy and the Aspire Redis client rather than an options class here.
    private static readonly string[] s_otherKeys = ["Cors:AllowedOrigins", "Cors:AllowCredentials", "ConnectionStrings:cache"];

    public static TheoryData<string> EverySetting()
    {
        var keys = new TheoryData<string>();
        foreach (var (section, options) in s_options)
        {
            foreach (var property in options.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite))
            {
                keys.Add(property.Name == nameof(ApiKeyOptions.Keys) && options == typeof(ApiKeyOptions)
                    ? $"{section}:Keys:N:Id"
                    : $"{section}:{property.Name}");
            }
        }

        foreach (var key in s_otherKeys)
        {
            keys.Add(key);
        }

        return keys;
    }

    [Theory]
    [MemberData(nameof(EverySetting))]
    public void EverySettingIsInTheGuideAndTheEnvironmentSample(string key)
    {
        var guide = File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "configuration.md"));
        var environment = File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "api.env.example"));

        Assert.Contains($"`{key}", guide, StringComparison.Ordinal);
        Assert.Contains(key.Replace(":N:", ":0:", StringComparison.Ordinal).Replace(":", "__", StringComparison.Ordinal), environment, StringComparison.Ordinal);
    }

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "CreditSmart.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("The repository root (CreditSmart.sln) was not found above the test binaries.");
    }
}
