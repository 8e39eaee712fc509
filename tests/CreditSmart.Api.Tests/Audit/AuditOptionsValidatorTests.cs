using CreditSmart.Api.Audit;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;

namespace CreditSmart.Api.Tests.Audit;

public sealed class AuditOptionsValidatorTests
{
    [Fact]
    public void OutsideDevelopmentAMissingHashKeyIsRefusedNamingTheKey()
    {
        var result = Validate(Environments.Production, new AuditOptions());

        Assert.True(result.Failed);
        Assert.Contains("Audit:HashKey must be set", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void AShortHashKeyIsRefused()
    {
        var result = Validate(Environments.Production, new AuditOptions { HashKey = "too-short" });

        Assert.Contains("at least 32 characters", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void ThePublishedDevelopmentKeyIsRefusedOutsideDevelopmentOnly()
    {
        var options = new AuditOptions { HashKey = AuditOptions.DevelopmentHashKey };

        Assert.Contains("published development key", Validate(Environments.Production, options).FailureMessage, StringComparison.Ordinal);
        Assert.True(Validate(Environments.Development, options).Succeeded);
    }

    [Fact]
    public void AnEmptyPathAndAnImpossibleQueueAreRefused()
    {
        var options = new AuditOptions { HashKey = new string('k', 40), Path = " ", QueueCapacity = 0 };

        var message = Validate(Environments.Production, options).FailureMessage;

        Assert.Contains("Audit:Path", message, StringComparison.Ordinal);
        Assert.Contains("Audit:QueueCapacity", message, StringComparison.Ordinal);
    }

    private static Microsoft.Extensions.Options.ValidateOptionsResult Validate(string environment, AuditOptions options) =>
        new AuditOptionsValidator(new FixedEnvironment(environment)).Validate(null, options);

    private sealed class FixedEnvironment(string name) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = name;

        public string ApplicationName { get; set; } = "CreditSmart.Api";

        public string ContentRootPath { get; set; } = "";

        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}
