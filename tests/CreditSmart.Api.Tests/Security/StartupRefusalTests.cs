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
        { "a limit that is no number", ["ApiKeys:Required", "false", "RateLimiting:PermitLimit", "lots"], "RateLimiting:PermitLimit must be a whole number" },
        { "a timeout that is no duration", ["ApiKeys:Required", "false", "Requests:Timeout", "abc"], "Requests:Timeout must be a duration" },
        { "a switch that is no switch", ["ApiKeys:Required", "maybe"], "ApiKeys:Required must be true or false" },
    };

    [Theory]
    [MemberData(nameof(UnsafeSettings))]
    public async Task StartUpIsRefusedNamingTheKey(string setting, string[] pairs, string expected)
    {
        var refusal = await RunAsync(pairs);

        Assert.True(refusal.ExitCode == 1, $"The API exited {refusal.ExitCode} with {setting}; it refuses with 1.");
        Assert.Contains(expected, refusal.Message, StringComparison.Ordinal);
        Assert.Contains(refusal.Errors, line => line.Contains(expected, StringComparison.Ordinal));
        Assert.DoesNotContain(ApiFactory.ApiKey, refusal.Everything, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AProductionStartWithoutItsSecretsNamesEveryMissingSettingInOneCriticalLine()
    {
        var refusal = await RunAsync([], auditHashKey: null);

        Assert.Equal(1, refusal.ExitCode);
        Assert.Equal("Critical", refusal.Line.GetProperty("LogLevel").GetString());
        Assert.Contains("Audit:HashKey must be set outside Development", refusal.Message, StringComparison.Ordinal);
        Assert.Contains("ApiKeys:Keys must list at least one key", refusal.Message, StringComparison.Ordinal);
        Assert.Contains("Cors:AllowedOrigins is empty", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EveryValueOfTheWrongTypeIsNamedAtOnceWithoutItsValue()
    {
        var refusal = await RunAsync(
        [
            "ApiKeys:Required", "false",
            "RateLimiting:PermitLimit", "plenty-of-permits", "RateLimiting:Window", "some-while",
            "Requests:Timeout", "whenever-it-takes", "ModelStore:PollInterval", "now-and-then",
        ]);

        Assert.Equal(1, refusal.ExitCode);
        Assert.Contains("RateLimiting:PermitLimit must be a whole number", refusal.Message, StringComparison.Ordinal);
        Assert.Contains("RateLimiting:Window must be a duration", refusal.Message, StringComparison.Ordinal);
        Assert.Contains("Requests:Timeout must be a duration", refusal.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("plenty-of-permits", refusal.Everything, StringComparison.Ordinal);
        Assert.DoesNotContain("some-while", refusal.Everything, StringComparison.Ordinal);
        Assert.DoesNotContain("whenever-it-takes", refusal.Everything, StringComparison.Ordinal);
        Assert.DoesNotContain("now-and-then", refusal.Everything, StringComparison.Ordinal);

        // Named once each, though the store's options are validated twice.
        Assert.Equal(2, refusal.Message.Split("ModelStore:PollInterval must be a duration").Length);
    }

    [Fact]
    public async Task ARefusedStartPrintsNoStackTrace()
    {
        var refusal = await RunAsync(["ApiKeys:Required", "false", "Requests:Timeout", "00:00:00"]);

        Assert.Equal(1, refusal.ExitCode);
        Assert.DoesNotContain("Unhandled exception", refusal.Everything, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", refusal.Everything, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", refusal.Everything, StringComparison.Ordinal);
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

    // Settings on the command line, as an operator passes them. Not the tests' ApiFactory: no key is
    // configured unless the case adds one.
    private Task<RefusedStart> RunAsync(string[] pairs, string? auditHashKey = ApiFactory.AuditHashKey)
    {
        var environment = "Production";
        List<string> args =
        [
            $"--Audit:Path={Path.Combine(_auditFolder, $"{Guid.NewGuid():N}.jsonl")}",
        ];
        if (auditHashKey is not null)
        {
            args.Add($"--Audit:HashKey={auditHashKey}");
        }

        for (var index = 0; index < pairs.Length; index += 2)
        {
            if (pairs[index] == "Environment")
            {
                environment = pairs[index + 1];
            }
            else
            {
                args.Add($"--{pairs[index]}={pairs[index + 1]}");
            }
        }

        return RefusedStart.RunAsync(environment, args);
    }
}
