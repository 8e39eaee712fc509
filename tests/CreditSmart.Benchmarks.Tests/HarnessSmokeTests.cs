using System.Net.Sockets;
using System.Text;
using CreditSmart.Benchmarks.Core;
using CreditSmart.Benchmarks.Http;
using CreditSmart.Benchmarks.Reporting;

namespace CreditSmart.Benchmarks.Tests;

public sealed class HarnessSmokeTests
{
    [Fact]
    public void TheReportJudgesEveryTargetAndGivesTheCacheAsRatiosOfCacheOff()
    {
        var options = SuiteOptions.Parse(["--api", "api.dll", "--bare", "bare.dll", "--report", "report.md", "--quick"])!;
        var machine = new MachineInfo(2, "test processor", "1 GiB", "test system", ".NET test");

        var text = new ReportWriter(options, machine, Core(), Http()).Write(DateTimeOffset.UnixEpoch, "abc1234", "## Findings\n\nnotes");

        Assert.Contains("| prediction throughput at least 50 % of the bare ceiling | 60 % (6,000 against 10,000 requests/s) | yes |", text);
        Assert.Contains("| first request no slower than 2x the steady median | 3.0x", text);
        Assert.Contains("| miss 50 %, hit 80 % (1,000 / 500 / 800 requests/s) | - |", text);
        Assert.Contains("| cache on, every request a hit | 800 (800) | 80 % |", text);
        foreach (var section in (string[])["## Targets", "## Scoring core", "## HTTP at saturation", "## Start-up", "## Memory", "## Cache", "## Findings", "## How it is measured"])
        {
            Assert.Contains(section, text);
        }
    }

    [Fact]
    public async Task TheSuitesRedisListensOnLoopbackLogsToItsFileAndStopsWithIt()
    {
        var log = Path.Combine(Path.GetTempPath(), $"creditsmart-harness-redis-{Guid.NewGuid():N}.log");
        try
        {
            int port;
            using (var redis = ServerProcess.StartRedis(log))
            {
                await redis.WaitUntilListeningAsync(TimeSpan.FromSeconds(30));
                port = redis.BaseAddress.Port;
                Assert.Equal("+PONG", await PingAsync(port));
                Assert.True(redis.CountLogLines("Ready to accept connections") >= 1);
            }

            await Assert.ThrowsAsync<SocketException>(() => PingAsync(port));
        }
        finally
        {
            File.Delete(log);
        }
    }

    private static async Task<string> PingAsync(int port)
    {
        using var client = new TcpClient();
        await client.ConnectAsync("127.0.0.1", port);
        var stream = client.GetStream();
        await stream.WriteAsync("PING\r\n"u8.ToArray());
        var buffer = new byte[64];
        var read = await stream.ReadAsync(buffer);
        return Encoding.ASCII.GetString(buffer, 0, read).TrimEnd();
    }

    private static List<CoreResult> Core() => [new(nameof(ScoringBenchmarks.ScoreWithKeyFactors), 4_000, 100, 2_000)];

    private static HttpResults Http()
    {
        LoadResult Load(string target, double perSecond, string mode = "saturation") =>
            new(target, mode, 10, (long)(perSecond * 10), 0, 1, 5, 8, 9);

        var soak = Enumerable.Range(0, 7).Select(i => new RssSample(i * 5, 100L * 1024 * 1024)).ToList();
        var cache = new CacheResults(
            [
                new CacheRun(CacheSuite.Off, Load(CacheSuite.Off, 1_000, "cache"), 0),
                new CacheRun(CacheSuite.Miss, Load(CacheSuite.Miss, 500, "cache") with { Cache = (0, 5_000) }, 1),
                new CacheRun(CacheSuite.Hit, Load(CacheSuite.Hit, 800, "cache") with { Cache = (7_999, 1) }, 0),
            ],
            CacheSuite.Connections,
            TimeSpan.FromSeconds(10),
            1);

        return new HttpResults(
            [new StartupResult(900, 1_000, 1_010, 3, 1, 1, 500)],
            [Load(HttpSuite.Predict, 6_000), Load(HttpSuite.Health, 9_000), Load(HttpSuite.Bare, 10_000)],
            3_000,
            [Load(HttpSuite.Predict, 3_000, "fixed"), Load(HttpSuite.Health, 3_000, "fixed"), Load(HttpSuite.Bare, 3_000, "fixed")],
            100L * 1024 * 1024,
            120L * 1024 * 1024,
            110L * 1024 * 1024,
            70L * 1024 * 1024,
            soak,
            Load(HttpSuite.Predict, 6_000, "soak"),
            cache);
    }
}
