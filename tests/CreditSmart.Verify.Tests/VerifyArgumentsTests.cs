using CreditSmart.Verify.Tests.Support;

namespace CreditSmart.Verify.Tests;

public sealed class VerifyArgumentsTests
{
    private const string Tool = "CreditSmart.Verify";

    [Fact]
    public void TheDefaultsAreTheChecklistsOwnLimits()
    {
        var options = Parse("--url", "http://localhost:5180");

        Assert.Equal(new Uri("http://localhost:5180"), options.BaseUrl);
        Assert.Equal(TimeSpan.FromSeconds(5), options.MaxLatency);
        Assert.Equal(0.01, options.MaxErrorRate);
        Assert.Equal(TimeSpan.FromSeconds(3), options.MaxHealthLatency);
        Assert.Equal(100, options.Requests);
        Assert.Equal(2_000, options.QualitySample);
        Assert.Equal(0.62, options.MinimumAuc);
        Assert.Null(options.Origin);
        Assert.True(File.Exists(options.DataPath), $"The bundled data set is missing at {options.DataPath}.");
    }

    [Fact]
    public void StrictTightensTheLimitsAndAnExplicitLimitStillWins()
    {
        var options = Parse("--url", "http://localhost:5180", "--strict", "--max-health-ms", "200");

        Assert.Equal(TimeSpan.FromSeconds(1), options.MaxLatency);
        Assert.Equal(0.001, options.MaxErrorRate);
        Assert.Equal(TimeSpan.FromMilliseconds(200), options.MaxHealthLatency);
    }

    [Fact]
    public void EveryOptionIsRead()
    {
        var options = Parse(
            "--url", "https://scoring.example.com", "--origin", "https://app.example.com", "--api-key", "k-123",
            "--requests", "250", "--quality-sample", "4000", "--min-auc", "0.65", "--max-latency-ms", "800",
            "--max-error-rate", "0.005", "--report", "out/report.json", "--time-limit", "120");

        Assert.Equal("https://app.example.com", options.Origin);
        Assert.Equal("k-123", options.ApiKey);
        Assert.Equal(250, options.Requests);
        Assert.Equal(4_000, options.QualitySample);
        Assert.Equal(0.65, options.MinimumAuc);
        Assert.Equal(TimeSpan.FromMilliseconds(800), options.MaxLatency);
        Assert.Equal(0.005, options.MaxErrorRate);
        Assert.Equal("out/report.json", options.ReportPath);
        Assert.Equal(TimeSpan.FromSeconds(120), options.Deadline);
    }

    [Fact]
    public void TheEqualsFormIsReadToo()
    {
        var options = Parse("--url=http://localhost:5180", "--requests=7");

        Assert.Equal(new Uri("http://localhost:5180"), options.BaseUrl);
        Assert.Equal(7, options.Requests);
    }

    [Theory]
    [InlineData("Option '--url' is required.")]
    [InlineData("--url must be", "--url", "localhost:5180")]
    [InlineData("--url must be", "--url", "ftp://localhost")]
    [InlineData("--origin must be", "--url", "http://a", "--origin", "http://app.example.com/path")]
    [InlineData("--requests must be a whole number from 1 to 10000.", "--url", "http://a", "--requests", "0")]
    [InlineData("--requests must be", "--url", "http://a", "--requests", "1e3")]
    [InlineData("--quality-sample must be", "--url", "http://a", "--quality-sample", "50")]
    [InlineData("--min-auc must be a number from 0 to 1.", "--url", "http://a", "--min-auc", "1.5")]
    [InlineData("--max-latency-ms must be", "--url", "http://a", "--max-latency-ms", "fast")]
    [InlineData("--data: no file at", "--url", "http://a", "--data", "no-such-file.csv")]
    [InlineData("Required argument missing for option: '--report'.", "--url", "http://a", "--report")]
    [InlineData("Unrecognized command or argument '--verbose'.", "--url", "http://a", "--verbose")]
    [InlineData("Option '--url' expects a single argument", "--url", "http://a", "--url", "http://b")]
    public void AWrongArgumentIsRefusedNamingIt(string message, params string[] args)
    {
        var options = VerifyArguments.Parse(args, out var error);

        Assert.Null(options);
        Assert.NotNull(error);
        Assert.StartsWith(message, error);
    }

    [Fact]
    public void EveryProblemIsNamedAtOnce()
    {
        VerifyArguments.Parse(["--requests", "0", "--min-auc", "2"], out var error);

        Assert.NotNull(error);
        Assert.Equal(
            [
                "--min-auc must be a number from 0 to 1.",
                "--requests must be a whole number from 1 to 10000.",
                "Option '--url' is required.",
            ],
            error.Split(Environment.NewLine).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void HelpIsNeitherOptionsNorAnError()
    {
        var options = VerifyArguments.Parse(["--help"], out var error);

        Assert.Null(options);
        Assert.Null(error);
    }

    [Fact]
    public async Task TheToolEndsWithCode2AndTheReasonOnStandardErrorWhenAnArgumentIsWrong()
    {
        var run = await ToolRun.StartAsync(Tool, "--url", "http://localhost:5180", "--requests", "lots");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--requests must be a whole number from 1 to 10000.", run.StandardError);
        Assert.Contains("--help", run.StandardError);
        Assert.Empty(run.StandardOutput);
    }

    [Fact]
    public async Task TheToolsHelpListsEveryOptionAndEndsWithCode0()
    {
        var run = await ToolRun.StartAsync(Tool, "--help");

        Assert.Equal(0, run.ExitCode);
        Assert.Empty(run.StandardError);
        Assert.All(
            ["--url", "--origin", "--api-key", "--requests", "--quality-sample", "--min-auc", "--max-latency-ms",
                "--max-error-rate", "--max-health-ms", "--strict", "--data", "--report", "--time-limit"],
            option => Assert.Contains(option, run.StandardOutput));
    }

    private static VerifyOptions Parse(params string[] args)
    {
        var options = VerifyArguments.Parse(args, out var error);
        Assert.True(options is not null, error);
        return options;
    }
}
