using CreditSmart.Verify.Tests.Support;

namespace CreditSmart.Trainer.Tests;

/// <summary>
/// The trainer's arguments, through the process a shell starts: a wrong one ends with exit code 2
/// and names itself before any training starts. Training itself is run by the AppHost tests.
/// </summary>
public sealed class TrainerArgumentsTests
{
    private const string Tool = "CreditSmart.Trainer";

    [Fact]
    public async Task HelpListsEveryOptionAndEndsWithCode0()
    {
        var run = await ToolRun.StartAsync(Tool, "--help");

        Assert.Equal(0, run.ExitCode);
        Assert.All(
            ["--data", "--output", "--model-version", "--shuffle-labels"],
            option => Assert.Contains(option, run.StandardOutput));
    }

    [Theory]
    [InlineData("--data: no file at", "--data", "no-such-file.csv", "--output", "out")]
    [InlineData("--shuffle-labels needs --output", "--shuffle-labels")]
    [InlineData("Required argument missing for option: '--model-version'.", "--model-version")]
    [InlineData("Unrecognized command or argument '--epochs'.", "--epochs", "3")]
    public async Task AWrongArgumentEndsWithCode2NamingIt(string message, params string[] args)
    {
        var run = await ToolRun.StartAsync(Tool, args);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(message, run.StandardError);
        Assert.DoesNotContain("   at ", run.StandardError);
        Assert.Empty(run.StandardOutput);
    }
}
