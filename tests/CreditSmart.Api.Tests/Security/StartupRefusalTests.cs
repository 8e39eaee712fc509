using System.Reflection;
using System.Text.Json;
using CreditSmart.Api.Tests.Support;

namespace CreditSmart.Api.Tests.Security;

/// <summary>Each unsafe or unworkable setting stops start-up with a message naming the key to fix.</summary>
public sealed class StartupRefusalTests : IDisposable
{
    private static readonly string s_keyHash = ApiFactory.Sha256Of(ApiFactory.ApiKey);

    private readonly string _auditFolder = Path.Combine(Path.GetTempPath(), $"creditsmart-refusal-{Guid.NewGuid():N}");

    public static TheoryData<string, string[], string> UnsafeSettings => new()
    {
        { "Production without keys", [], "ApiKeys:Keys must list at least one key" },
        { "keys required in Development without keys", ["Environment", "Development", "ApiKeys:Required", "true"], "ApiKeys:Keys must list at least one key" },
        { "a key stored in clear", ["ApiKeys:Keys:0:Id", "lender", "ApiKeys:Keys:0:Sha256", ApiFactory.ApiKey], "ApiKeys:Keys:0:Sha256 must be the key's SHA-256" },
        { "the hash of an empty key", ["ApiKeys:Keys:0:Id", "lender", "ApiKeys:Keys:0:Sha256", ApiFactory.Sha256Of("")], "ApiKeys:Keys:0:Sha256 is the hash of an empty key" },
        { "a key without an id", ["ApiKeys:Keys:0:Sha256", s_keyHash], "ApiKeys:Keys:0:Id must be" },
        { "an id with a colon", ["ApiKeys:Keys:0:Id", "lender:one", "ApiKeys:Keys:0:Sha256", s_keyHash], "ApiKeys:Keys:0:Id must be" },
        { "two keys with one id", ["ApiKeys:Keys:0:Id", "lender", "ApiKeys:Keys:0:Sha256", s_keyHash, "ApiKeys:Keys:1:Id", "lender", "ApiKeys:Keys:1:Sha256", ApiFactory.Sha256Of(ApiFactory.OtherApiKey)], "ApiKeys:Keys:1:Id repeats" },
        { "two ids with one key", ["ApiKeys:Keys:0:Id", "lender", "ApiKeys:Keys:0:Sha256", s_keyHash, "ApiKeys:Keys:1:Id", "broker", "ApiKeys:Keys:1:Sha256", s_keyHash.ToUpperInvariant()], "ApiKeys:Keys:1:Sha256 repeats" },
        { "no permits", ["ApiKeys:Required", "false", "RateLimiting:PermitLimit", "0"], "RateLimiting:PermitLimit must be between" },
        { "a zero window", ["ApiKeys:Required", "false", "RateLimiting:Window", "00:00:00"], "RateLimiting:Window must be between" },
        { "a zero timeout", ["ApiKeys:Required", "false", "Requests:Timeout", "00:00:00"], "Requests:Timeout must be between" },
        { "an hour's timeout", ["ApiKeys:Required", "false", "Requests:Timeout", "01:00:00"], "Requests:Timeout must be between" },
        { "a proxy that is no address", ["ApiKeys:Required", "false", "ForwardedHeaders:KnownProxies:0", "proxy.internal"], "ForwardedHeaders:KnownProxies:0 must be an IP address" },
        { "a network that is no network", ["ApiKeys:Required", "false", "ForwardedHeaders:KnownNetworks:0", "10.0.0.0/33"], "ForwardedHeaders:KnownNetworks:0 must be a network" },
        { "trusting every address", ["ApiKeys:Required", "false", "ForwardedHeaders:KnownNetworks:0", "0.0.0.0/0"], "ForwardedHeaders:KnownNetworks:0 trusts every address" },
        { "the framework's trust-everyone switch", ["ApiKeys:Required", "false", "FORWARDEDHEADERS_ENABLED", "true"], "ASPNETCORE_FORWARDEDHEADERS_ENABLED trusts X-Forwarded-For" },
    };

    [Theory]
    [MemberData(nameof(UnsafeSettings))]
    public async Task StartUpIsRefusedNamingTheKey(string setting, string[] pairs, string expected)
    {
        var error = await RunAsync(pairs);

        Assert.True(error is not null, $"The API started with {setting}.");
        var messages = string.Join(" | ", Messages(error));
        Assert.True(messages.Contains(expected, StringComparison.Ordinal), $"Expected '{expected}' in: {error}");
        Assert.DoesNotContain(ApiFactory.ApiKey, messages, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AProductionStartWithoutItsSecretsNamesEveryMissingSettingAtOnce()
    {
        var error = await RunAsync([], auditHashKey: null);

        var messages = string.Join(" | ", Messages(error));
        Assert.Contains("Audit:HashKey must be set outside Development", messages, StringComparison.Ordinal);
        Assert.Contains("ApiKeys:Keys must list at least one key", messages, StringComparison.Ordinal);
        Assert.Contains("Cors:AllowedOrigins is empty", messages, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ARefusedStartWritesOneCriticalLineNamingEveryBadSetting()
    {
        using var api = new ApiProcess(
            Path.GetDirectoryName(typeof(Program).Assembly.Location)!,
            "Production",
            ["--urls", "http://127.0.0.1:0", "--Audit:Path", Path.Combine(_auditFolder, "refused.jsonl")]);

        Assert.NotEqual(0, await api.ExitCodeAsync(TimeSpan.FromSeconds(60)));
        var rejected = api.Output.Snapshot()
            .Where(line => line.StartsWith('{'))
            .Select(line => JsonSerializer.Deserialize<JsonElement>(line))
            .Single(line => line.GetProperty("EventId").GetInt32() == 1601);
        Assert.Equal("Critical", rejected.GetProperty("LogLevel").GetString());
        var message = rejected.GetProperty("Message").GetString()!;
        Assert.Contains("Audit:HashKey must be set", message, StringComparison.Ordinal);
        Assert.Contains("ApiKeys:Keys must list at least one key", message, StringComparison.Ordinal);
        Assert.Contains("Cors:AllowedOrigins is empty", message, StringComparison.Ordinal);
        Assert.Contains(api.Errors.Snapshot(), line => line.Contains("Audit:HashKey", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ProductionWithAHashedKeyStarts()
    {
        await using var api = new LoopbackApi(new Dictionary<string, string>
        {
            ["ApiKeys:Keys:0:Id"] = "lender",
            ["ApiKeys:Keys:0:Sha256"] = s_keyHash,
            ["ApiKeys:Keys:1:Id"] = "broker",
            ["ApiKeys:Keys:1:Sha256"] = ApiFactory.Sha256Of(ApiFactory.OtherApiKey),
        });

        var response = await api.Client().GetResponseAsync(ApiClientExtensions.HealthPath);

        ResponseAssert.Status(response, System.Net.HttpStatusCode.OK);
    }

    public void Dispose()
    {
        if (Directory.Exists(_auditFolder))
        {
            Directory.Delete(_auditFolder, recursive: true);
        }
    }

    // The API's own entry point, as an operator starts it (settings on the command line), rather
    // than WebApplicationFactory, which can lose a failed start's exception to a disposed host.
    // Not the tests' ApiFactory either: no key is configured unless the case adds one.
    private async Task<Exception?> RunAsync(string[] pairs, string? auditHashKey = ApiFactory.AuditHashKey)
    {
        List<string> args =
        [
            "--environment", "Production",
            "--urls", "http://127.0.0.1:0",
            $"--Audit:Path={Path.Combine(_auditFolder, $"{Guid.NewGuid():N}.jsonl")}",
        ];
        if (auditHashKey is not null)
        {
            args.Add($"--Audit:HashKey={auditHashKey}");
        }

        for (var index = 0; index < pairs.Length; index += 2)
        {
            args.AddRange(pairs[index] == "Environment"
                ? ["--environment", pairs[index + 1]]
                : [$"--{pairs[index]}={pairs[index + 1]}"]);
        }

        var entryPoint = typeof(Program).Assembly.EntryPoint!;
        var run = Task.Run(() => entryPoint.Invoke(null, [args.ToArray()]));
        if (await Task.WhenAny(run, Task.Delay(TimeSpan.FromSeconds(60))) != run)
        {
            // It is serving: the caller fails the test.
            return null;
        }

        try
        {
            await run;
            return null;
        }
        catch (TargetInvocationException invocation)
        {
            return invocation.InnerException;
        }
    }

    private static IEnumerable<string> Messages(Exception? error)
    {
        for (; error is not null; error = error.InnerException)
        {
            yield return error.Message;
            if (error is AggregateException aggregate)
            {
                foreach (var inner in aggregate.InnerExceptions.SelectMany(Messages))
                {
                    yield return inner;
                }
            }
        }
    }
}
