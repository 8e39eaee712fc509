using CreditSmart.Api.Cors;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace CreditSmart.Api.Tests.Cors;

public sealed class CorsSettingsValidatorTests
{
    [Theory]
    [InlineData("https://app.example.com")]
    [InlineData("http://localhost:3000")]
    [InlineData("http://127.0.0.1:8080")]
    [InlineData("https://app.example.com:8443")]
    [InlineData("http://[::1]:3000")]
    [InlineData("https://xn--bcher-kva.example")]
    public void ExactOriginsAreAccepted(string origin)
    {
        Assert.True(Validate(Environments.Production, new CorsSettings { AllowedOrigins = [origin] }).Succeeded);
    }

    [Theory]
    [InlineData("https://app.example.com/")]
    [InlineData("https://app.example.com/app")]
    [InlineData("https://app.example.com?x=1")]
    [InlineData("https://app.example.com#top")]
    [InlineData("https://app.example.com:443")]
    [InlineData("http://localhost:80")]
    [InlineData("https://user@app.example.com")]
    [InlineData("app.example.com")]
    [InlineData("ftp://app.example.com")]
    [InlineData("file:///etc")]
    [InlineData("null")]
    [InlineData("*.example.com")]
    [InlineData("https://*.example.com")]
    [InlineData(" https://app.example.com")]
    [InlineData("https://b\u00fccher.example")]
    [InlineData("")]
    public void AnythingButAnExactOriginIsRefusedNamingItsKey(string origin)
    {
        var settings = new CorsSettings { AllowedOrigins = ["https://ok.example.com", origin] };

        var result = Validate(Environments.Development, settings);

        Assert.True(result.Failed, origin);
        Assert.Contains("Cors:AllowedOrigins:1 is not an origin", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void AnEmptyListIsFineOutsideProduction()
    {
        Assert.True(Validate(Environments.Development, new CorsSettings()).Succeeded);
        Assert.True(Validate(Environments.Staging, new CorsSettings()).Succeeded);
        Assert.True(Validate(Environments.Production, new CorsSettings()).Failed);
    }

    [Fact]
    public void CredentialsWithExactOriginsAreAccepted()
    {
        var settings = new CorsSettings { AllowedOrigins = ["https://app.example.com"], AllowCredentials = true };

        Assert.True(Validate(Environments.Production, settings).Succeeded);
    }

    [Fact]
    public void EveryProblemIsListedAtOnce()
    {
        var settings = new CorsSettings { AllowedOrigins = ["*", "https://a.example.com/x"], AllowCredentials = true };

        var message = Validate(Environments.Production, settings).FailureMessage;

        Assert.Contains("must not contain '*' in Production", message, StringComparison.Ordinal);
        Assert.Contains("Cors:AllowCredentials cannot be true", message, StringComparison.Ordinal);
        Assert.Contains("Cors:AllowedOrigins:1 is not an origin", message, StringComparison.Ordinal);
    }

    private static ValidateOptionsResult Validate(string environment, CorsSettings settings) =>
        new CorsSettingsValidator(new FixedEnvironment(environment)).Validate(null, settings);

    private sealed class FixedEnvironment(string name) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = name;

        public string ApplicationName { get; set; } = "CreditSmart.Api";

        public string ContentRootPath { get; set; } = "";

        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}
