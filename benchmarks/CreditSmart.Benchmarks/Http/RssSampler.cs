using System.Diagnostics;

namespace CreditSmart.Benchmarks.Http;

/// <summary>Samples a server's resident memory at a fixed interval until stopped.</summary>
public sealed class RssSampler
{
    private readonly List<RssSample> _samples = [];
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;

    private RssSampler(ServerProcess server, TimeSpan interval)
    {
        _loop = SampleAsync(server, interval);
    }

    public static RssSampler Start(ServerProcess server, TimeSpan interval) => new(server, interval);

    public async Task<IReadOnlyList<RssSample>> StopAsync()
    {
        await _stop.CancelAsync();
        await _loop;
        _stop.Dispose();
        return _samples;
    }

    private async Task SampleAsync(ServerProcess server, TimeSpan interval)
    {
        var started = Stopwatch.GetTimestamp();
        using var timer = new PeriodicTimer(interval);

        do
        {
            _samples.Add(new RssSample(Stopwatch.GetElapsedTime(started).TotalSeconds, server.ResidentBytes()));
        }
        while (await NextTickAsync(timer));
    }

    private async Task<bool> NextTickAsync(PeriodicTimer timer)
    {
        try
        {
            return await timer.WaitForNextTickAsync(_stop.Token);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }
}
