using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using CreditSmart.ModelStore.Tests.Support;
using Xunit.Abstractions;

namespace CreditSmart.ModelStore.Tests.Following;

public sealed class HotSwapUnderLoadTests(ITestOutputHelper output) : IDisposable
{
    private const string Second = "ml_v1.0.1-test";
    private const int Workers = 4;

    // Every bound of the load: it stops on its own whatever happens to the swap.
    private const int MaxRequestsPerWorker = 20_000;
    private static readonly TimeSpan s_maxLoadDuration = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan s_switchDeadline = TimeSpan.FromSeconds(5);

    private readonly TestFolder _folder = new();

    [Fact]
    public async Task PromotingAndRollingBackUnderLoadFailsNoRequestAndSwitchesEveryResponseWithinFiveSeconds()
    {
        using var store = new StoreServer(_folder.Sub("store"));
        using var admin = store.AdminClient();
        Assert.Equal(HttpStatusCode.Created, (await admin.RegisterAsync(TestModels.SecondVersion(Second))).StatusCode);
        using var api = new FollowingApi(store.BaseAddress, _folder.Sub("lkg"));

        var clock = Stopwatch.StartNew();
        var samples = new ConcurrentQueue<Sample>();
        using var stop = new CancellationTokenSource(s_maxLoadDuration);
        var load = Enumerable.Range(0, Workers).Select(_ => Task.Run(() => SendAsync(api, clock, samples, stop.Token))).ToList();

        var promotedAt = clock.Elapsed;
        Assert.Equal(HttpStatusCode.OK, (await admin.PromoteAsync(Second)).StatusCode);
        await LetLoadRunPastDeadlineAsync(clock, promotedAt);

        var rolledBackAt = clock.Elapsed;
        Assert.Equal(HttpStatusCode.OK, (await admin.RollBackAsync()).StatusCode);
        await LetLoadRunPastDeadlineAsync(clock, rolledBackAt);

        await stop.CancelAsync();
        await Task.WhenAll(load).WaitAsync(TimeSpan.FromSeconds(30));

        var all = samples.ToList();
        Assert.True(all.Count > 100, $"Only {all.Count} requests were sent.");
        Assert.All(all, sample => Assert.Equal(HttpStatusCode.OK, sample.Status));
        Assert.All(all, sample => Assert.Contains(sample.ModelVersion, new[] { TestModels.BundledVersion, Second }));

        AssertSwitched(all, promotedAt, rolledBackAt, Second, "promote");
        AssertSwitched(all, rolledBackAt, clock.Elapsed, TestModels.BundledVersion, "roll back");
    }

    public void Dispose() => _folder.Dispose();

    private static async Task SendAsync(
        FollowingApi api, Stopwatch clock, ConcurrentQueue<Sample> samples, CancellationToken stop)
    {
        for (var count = 0; count < MaxRequestsPerWorker && !stop.IsCancellationRequested; count++)
        {
            var sentAt = clock.Elapsed;
            try
            {
                var (status, version) = await api.PredictAsync(CancellationToken.None);
                samples.Enqueue(new Sample(sentAt, clock.Elapsed, status, version));
            }
            catch (HttpRequestException)
            {
                samples.Enqueue(new Sample(sentAt, clock.Elapsed, HttpStatusCode.InternalServerError, null));
            }
        }
    }

    // The assertion needs requests sent after the deadline, so the load runs a little past it.
    private static Task LetLoadRunPastDeadlineAsync(Stopwatch clock, TimeSpan changedAt) =>
        Task.Delay(changedAt + s_switchDeadline + TimeSpan.FromMilliseconds(500) - clock.Elapsed);

    private void AssertSwitched(List<Sample> all, TimeSpan changedAt, TimeSpan until, string expected, string change)
    {
        var window = all.Where(sample => sample.SentAt >= changedAt && sample.SentAt < until).ToList();
        var firstNew = window.Where(sample => sample.ModelVersion == expected).MinBy(sample => sample.AnsweredAt);
        Assert.NotNull(firstNew);
        output.WriteLine($"After the {change}: first response from {expected} {(firstNew.AnsweredAt - changedAt).TotalMilliseconds:F0} ms later; "
            + $"{window.Count} requests in the window");

        var late = window.Where(sample => sample.SentAt >= changedAt + s_switchDeadline).ToList();
        Assert.NotEmpty(late);
        Assert.All(late, sample => Assert.Equal(expected, sample.ModelVersion));

        // Once one response carried the new model, no request sent afterwards got the old one.
        Assert.All(
            window.Where(sample => sample.SentAt > firstNew.AnsweredAt),
            sample => Assert.Equal(expected, sample.ModelVersion));
    }

    private sealed record Sample(TimeSpan SentAt, TimeSpan AnsweredAt, HttpStatusCode Status, string? ModelVersion);
}
