using System.CommandLine;
using System.CommandLine.Parsing;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using CreditSmart.CommandLine;

namespace CreditSmart.Verify;

/// <summary>
/// Reads the command line into <see cref="VerifyOptions"/> with System.CommandLine, which also
/// writes <c>--help</c>; every refusal names the argument it could not use.
/// </summary>
public static class VerifyArguments
{
    /// <summary>The environment variable read for the API key when <c>--api-key</c> is not given.</summary>
    public const string ApiKeyVariable = "CREDITSMART_API_KEY";

    private static readonly Option<Uri> Url = new("--url")
    {
        Description = "The deployment, e.g. http://localhost:5180.",
        HelpName = "base url",
        Required = true,
        CustomParser = ParseUrl,
    };

    private static readonly Option<string> Origin = new("--origin")
    {
        Description = "A browser origin the deployment allows; CORS is checked only with one.",
        HelpName = "origin",
        CustomParser = ParseOrigin,
    };

    private static readonly Option<string> ApiKey = new("--api-key")
    {
        Description = $"Sent as X-API-Key [default: the {ApiKeyVariable} variable].",
        HelpName = "key",
    };

    private static readonly Option<int?> Requests =
        WholeNumber("--requests", 1, 10_000, "Valid predictions for error rate and latency [default: 100].");

    private static readonly Option<int?> QualitySample =
        WholeNumber("--quality-sample", 200, 8_000, "Held-out loans scored for the AUC check [default: 2000].");

    private static readonly Option<double?> MinimumAuc =
        Fraction("--min-auc", "The lowest AUC accepted [default: 0.62].");

    private static readonly Option<int?> MaxLatency = WholeNumber(
        "--max-latency-ms", 1, 600_000, "Limit for one prediction and for the predictions' p95 [default: 5000].");

    private static readonly Option<double?> MaxErrorRate =
        Fraction("--max-error-rate", "The predictions' error rate must be under this fraction [default: 0.01].");

    private static readonly Option<int?> MaxHealth =
        WholeNumber("--max-health-ms", 1, 600_000, "Limit for the p95 of 20 health calls [default: 3000].");

    private static readonly Option<bool> Strict = new("--strict")
    {
        Description = "The project's own limits: 1000 ms, 500 ms health, error rate 0.001 (explicit limits still win).",
    };

    private static readonly Option<string> Data = new("--data")
    {
        Description = "The labelled loans [default: the data set shipped with the tool].",
        HelpName = "csv",
    };

    private static readonly Option<string> Report = new("--report")
    {
        Description = "Also write the results as JSON.",
        HelpName = "file.json",
    };

    private static readonly Option<int?> TimeLimit =
        WholeNumber("--time-limit", 10, 3_600, "The most the whole run may take, in seconds [default: 300].");

    private static readonly RootCommand Command =
        new("""
            Runs CreditSmart's post-deployment checklist against a live deployment.
            Exit codes: 0 every check run passed; 1 a check failed; 2 the arguments were wrong;
            3 the report could not be written.
            """)
        {
            Url, Origin, ApiKey, Requests, QualitySample, MinimumAuc, MaxLatency, MaxErrorRate, MaxHealth, Strict,
            Data, Report, TimeLimit,
        };

    /// <summary>
    /// Reads the arguments. When there is nothing to run (help was asked for, or an argument is
    /// wrong) writes the help or why, and gives the exit code to end with.
    /// </summary>
    public static bool TryParse(
        IReadOnlyList<string> args,
        [NotNullWhen(true)] out VerifyOptions? options,
        out int exitCode)
    {
        var result = Command.Parse(args);
        options = Read(result, out var error);
        return CommandLineOutcome.Decide(result, options, error, out exitCode);
    }

    /// <summary>The options, or null with the reason (null too when help was asked for).</summary>
    public static VerifyOptions? Parse(IReadOnlyList<string> args, out string? error) =>
        Read(Command.Parse(args), out error);

    private static VerifyOptions? Read(ParseResult result, out string? error)
    {
        error = CommandLineOutcome.Errors(result);
        if (error is not null || result.Action is not null)
        {
            return null;
        }

        var dataPath = Path.GetFullPath(result.GetValue(Data) ?? VerifyOptions.BundledDataPath);
        if (!File.Exists(dataPath))
        {
            error = $"--data: no file at {dataPath}.";
            return null;
        }

        var options = new VerifyOptions(result.GetRequiredValue(Url), dataPath)
        {
            Origin = result.GetValue(Origin),
            ApiKey = result.GetValue(ApiKey) ?? NonEmpty(Environment.GetEnvironmentVariable(ApiKeyVariable)),
            ReportPath = result.GetValue(Report),
        };

        if (result.GetValue(Strict))
        {
            options = options.Strict();
        }

        return options with
        {
            Requests = result.GetValue(Requests) ?? options.Requests,
            QualitySample = result.GetValue(QualitySample) ?? options.QualitySample,
            MinimumAuc = result.GetValue(MinimumAuc) ?? options.MinimumAuc,
            MaxErrorRate = result.GetValue(MaxErrorRate) ?? options.MaxErrorRate,
            MaxLatency = Milliseconds(result.GetValue(MaxLatency)) ?? options.MaxLatency,
            MaxHealthLatency = Milliseconds(result.GetValue(MaxHealth)) ?? options.MaxHealthLatency,
            Deadline = result.GetValue(TimeLimit) is { } seconds ? TimeSpan.FromSeconds(seconds) : options.Deadline,
        };
    }

    private static Uri? ParseUrl(ArgumentResult result)
    {
        if (Uri.TryCreate(result.Tokens[0].Value, UriKind.Absolute, out var url) && url.Scheme is ("http" or "https"))
        {
            return url;
        }

        result.AddError("--url must be an absolute http or https address, e.g. http://localhost:5180.");
        return null;
    }

    // An origin is a scheme, host and port only, exactly as a browser sends it.
    private static string? ParseOrigin(ArgumentResult result)
    {
        var value = result.Tokens[0].Value;
        if (Uri.TryCreate(value, UriKind.Absolute, out var origin)
            && origin.Scheme is ("http" or "https")
            && origin.GetLeftPart(UriPartial.Authority) == value.TrimEnd('/'))
        {
            return value.TrimEnd('/');
        }

        result.AddError("--origin must be a scheme, host and optional port, e.g. http://localhost:3000.");
        return null;
    }

    private static Option<int?> WholeNumber(string name, int minimum, int maximum, string description) => new(name)
    {
        Description = description,
        HelpName = "n",
        CustomParser = result =>
        {
            if (int.TryParse(result.Tokens[0].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var value)
                && value >= minimum && value <= maximum)
            {
                return value;
            }

            result.AddError($"{name} must be a whole number from {minimum} to {maximum}.");
            return null;
        },
    };

    private static Option<double?> Fraction(string name, string description) => new(name)
    {
        Description = description,
        HelpName = "x",
        CustomParser = result =>
        {
            if (double.TryParse(result.Tokens[0].Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
                && value is >= 0 and <= 1)
            {
                return value;
            }

            result.AddError($"{name} must be a number from 0 to 1.");
            return null;
        },
    };

    private static TimeSpan? Milliseconds(int? milliseconds) =>
        milliseconds is { } value ? TimeSpan.FromMilliseconds(value) : null;

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
