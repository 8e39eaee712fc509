using System.CommandLine;

namespace CreditSmart.CommandLine;

/// <summary>
/// How a command-line tool of ours ends when there is nothing to run. Shared by the checklist
/// and the trainer (linked into both), so wrong arguments end the same way in each: exit code 2.
/// </summary>
internal static class CommandLineOutcome
{
    /// <summary>System.CommandLine's refusals, one a line, or null when it refused nothing.</summary>
    public static string? Errors(ParseResult result) =>
        result.Errors.Count == 0
            ? null
            : string.Join(Environment.NewLine, result.Errors.Select(error => error.Message));

    /// <summary>
    /// True when there is something to run. Otherwise writes why to standard error (exit code 2),
    /// or runs what was asked for instead, <c>--help</c> or <c>--version</c> (exit code 0).
    /// </summary>
    public static bool Decide(ParseResult result, object? options, string? error, out int exitCode)
    {
        if (options is not null)
        {
            exitCode = 0;
            return true;
        }

        if (error is not null)
        {
            Console.Error.WriteLine(error);
            Console.Error.WriteLine("Run with --help for the options.");
            exitCode = 2;
            return false;
        }

        exitCode = result.Invoke();
        return false;
    }
}
