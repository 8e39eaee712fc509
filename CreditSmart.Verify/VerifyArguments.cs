using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace CreditSmart.Verify;

/// <summary>Reads the command line into <see cref="VerifyOptions"/>, naming any argument it cannot use.</summary>
public static class VerifyArguments
{
    /// <summary>The environment variable read for the API key when <c>--api-key</c> is not given.</summary>
    public const string ApiKeyVariable = "CREDITSMART_API_KEY";

    public const string Usage =
        """
        Usage: creditsmart-verify --url <base url> [options]

          --url <base url>          the deployment, e.g. http://localhost:5180 (required)
          --origin <origin>         a browser origin the deployment allows; CORS is checked only with one
          --api-key <key>           sent as X-API-Key (default: the CREDITSMART_API_KEY variable)
          --requests <n>            valid predictions for error rate and latency (default 100, at most 10000)
          --quality-sample <n>      held-out loans scored for the AUC check (default 2000, 200 to 8000)
          --min-auc <x>             the lowest AUC accepted (default 0.62)
          --max-latency-ms <ms>     limit for one prediction and for the predictions' p95 (default 5000)
          --max-error-rate <x>      the predictions' error rate must be under this fraction (default 0.01)
          --max-health-ms <ms>      limit for the p95 of 20 health calls (default 3000)
          --strict                  the project's own limits: 1000 ms, 500 ms health, error rate 0.001
                                    (thresholds given explicitly still win)
          --data <csv>              the labelled loans (default: the data set shipped with the tool)
          --report <file.json>      also write the results as JSON
          --time-limit <seconds>    the most the whole run may take (default 300)

        Exit codes: 0 every check run passed; 1 a check failed; 2 the arguments were wrong;
        3 the report could not be written.
        """;

    private const int MaxRequests = 10_000;
    private const int MinQualitySample = 200;
    private const int MaxQualitySample = 8_000;

    /// <summary>
    /// Reads the arguments. When there is nothing to run (help was asked for, or an argument is
    /// wrong) writes why and the usage, and gives the exit code to end with.
    /// </summary>
    public static bool TryParse(
        IReadOnlyList<string> args,
        [NotNullWhen(true)] out VerifyOptions? options,
        out int exitCode)
    {
        options = Parse(args, out var error);
        exitCode = error is null ? 0 : 2;
        if (options is not null)
        {
            return true;
        }

        var output = error is null ? Console.Out : Console.Error;
        if (error is not null)
        {
            output.WriteLine(error);
        }

        output.WriteLine(Usage);
        return false;
    }

    /// <summary>The options, or null with the reason (null too when help was asked for).</summary>
    public static VerifyOptions? Parse(IReadOnlyList<string> args, out string? error)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var strict = false;
        error = null;

        for (var i = 0; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--help" or "-h":
                    return null;
                case "--strict":
                    strict = true;
                    break;
                case "--url" or "--origin" or "--api-key" or "--requests" or "--quality-sample" or "--min-auc"
                    or "--max-latency-ms" or "--max-error-rate" or "--max-health-ms" or "--data" or "--report"
                    or "--time-limit":
                    if (i + 1 >= args.Count)
                    {
                        error = $"{args[i]} needs a value.";
                        return null;
                    }

                    values[args[i]] = args[++i];
                    break;
                default:
                    error = $"Unexpected argument '{args[i]}'.";
                    return null;
            }
        }

        try
        {
            return Build(values, strict);
        }
        catch (ArgumentException exception)
        {
            error = exception.Message;
            return null;
        }
    }

    private static VerifyOptions Build(Dictionary<string, string> values, bool strict)
    {
        var url = values.GetValueOrDefault("--url") ?? throw new ArgumentException("--url is required.");
        if (!Uri.TryCreate(url, UriKind.Absolute, out var baseUrl) || baseUrl.Scheme is not ("http" or "https"))
        {
            throw new ArgumentException("--url must be an absolute http or https address, e.g. http://localhost:5180.");
        }

        var dataPath = Path.GetFullPath(values.GetValueOrDefault("--data") ?? VerifyOptions.BundledDataPath);
        if (!File.Exists(dataPath))
        {
            throw new ArgumentException($"--data: no file at {dataPath}.");
        }

        var options = new VerifyOptions(baseUrl, dataPath)
        {
            Origin = Origin(values.GetValueOrDefault("--origin")),
            ApiKey = values.GetValueOrDefault("--api-key") ?? NonEmpty(Environment.GetEnvironmentVariable(ApiKeyVariable)),
            ReportPath = values.GetValueOrDefault("--report"),
        };

        if (strict)
        {
            options = options.Strict();
        }

        return options with
        {
            Requests = Integer(values, "--requests", 1, MaxRequests) ?? options.Requests,
            QualitySample = Integer(values, "--quality-sample", MinQualitySample, MaxQualitySample) ?? options.QualitySample,
            MinimumAuc = Fraction(values, "--min-auc") ?? options.MinimumAuc,
            MaxErrorRate = Fraction(values, "--max-error-rate") ?? options.MaxErrorRate,
            MaxLatency = Milliseconds(values, "--max-latency-ms") ?? options.MaxLatency,
            MaxHealthLatency = Milliseconds(values, "--max-health-ms") ?? options.MaxHealthLatency,
            Deadline = Integer(values, "--time-limit", 10, 3_600) is { } seconds
                ? TimeSpan.FromSeconds(seconds)
                : options.Deadline,
        };
    }

    // An origin is a scheme, host and port only, exactly as a browser sends it.
    private static string? Origin(string? value)
    {
        if (value is null)
        {
            return null;
        }

        if (!Uri.TryCreate(value, UriKind.Absolute, out var origin)
            || origin.Scheme is not ("http" or "https")
            || origin.GetLeftPart(UriPartial.Authority) != value.TrimEnd('/'))
        {
            throw new ArgumentException("--origin must be a scheme, host and optional port, e.g. http://localhost:3000.");
        }

        return value.TrimEnd('/');
    }

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;

    private static int? Integer(Dictionary<string, string> values, string name, int minimum, int maximum)
    {
        if (!values.TryGetValue(name, out var text))
        {
            return null;
        }

        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            && value >= minimum && value <= maximum
            ? value
            : throw new ArgumentException($"{name} must be a whole number from {minimum} to {maximum}.");
    }

    private static double? Fraction(Dictionary<string, string> values, string name)
    {
        if (!values.TryGetValue(name, out var text))
        {
            return null;
        }

        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            && value is >= 0 and <= 1
            ? value
            : throw new ArgumentException($"{name} must be a number from 0 to 1.");
    }

    private static TimeSpan? Milliseconds(Dictionary<string, string> values, string name) =>
        Integer(values, name, 1, 600_000) is { } milliseconds ? TimeSpan.FromMilliseconds(milliseconds) : null;
}
