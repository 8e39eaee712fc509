using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Threading.Channels;

namespace CreditSmart.Benchmarks.Http;

/// <summary>
/// An open-loop load generator, standing in for wrk2, which Debian does not package. Request i
/// falls due at start + i / rate whether or not earlier ones were answered, waits for a free
/// connection if all are busy, and is timed from when it fell due, not from when it was sent.
/// A server that stalls therefore shows its stall in every request queued behind it (no
/// coordinated omission).
/// </summary>
public sealed partial class FixedRateClient
{
    /// <summary>Half of wrk's: enough for any healthy backlog at a moderate rate.</summary>
    public const int Connections = 32;

    private static readonly TimeSpan s_drainTimeout = TimeSpan.FromSeconds(15);

    public static async Task<LoadResult> RunAsync(LoadTarget target, int rate, TimeSpan duration)
    {
        var total = Math.Max(1, (int)(rate * duration.TotalSeconds));
        var latencies = new long[total];
        var lags = new long[total];
        var request = target.ToHttp11();
        var interval = Stopwatch.Frequency / (double)rate;
        var due = Channel.CreateUnbounded<int>(new UnboundedChannelOptions { SingleWriter = true });
        using var abandon = new CancellationTokenSource();

        var connections = new List<Http11Connection>();
        try
        {
            for (var i = 0; i < Connections; i++)
            {
                connections.Add(await Http11Connection.OpenAsync(target.Url, abandon.Token));
            }

            var start = Stopwatch.GetTimestamp() + Stopwatch.Frequency / 100;
            var workers = connections
                .Select(connection => WorkAsync(connection, request, due.Reader, start, interval, latencies, abandon.Token))
                .ToArray();

            var dispatcher = new Thread(() => Dispatch(due.Writer, start, interval, lags))
            {
                IsBackground = true,
                Priority = ThreadPriority.AboveNormal,
                Name = "fixed-rate dispatcher",
            };
            dispatcher.Start();

            try
            {
                await Task.WhenAll(workers).WaitAsync(duration + s_drainTimeout);
            }
            catch (TimeoutException)
            {
                // Whatever is still open counts as failed; cancel it so nothing outlives the run.
                await abandon.CancelAsync();
            }

            dispatcher.Join();
            var elapsed = Stopwatch.GetElapsedTime(start).TotalSeconds;
            return Summarize(target, rate, elapsed, latencies, lags);
        }
        finally
        {
            foreach (var connection in connections)
            {
                connection.Dispose();
            }
        }
    }

    private static LoadResult Summarize(LoadTarget target, int rate, double elapsed, long[] latencies, long[] lags)
    {
        var answered = latencies.Where(ticks => ticks > 0).Order().ToArray();
        Array.Sort(lags);

        return new LoadResult(
            target.Name,
            "fixed rate",
            elapsed,
            answered.Length,
            latencies.Length - answered.Length,
            Percentiles.Of(answered, 50),
            Percentiles.Of(answered, 99),
            Percentiles.Of(answered, 99.9),
            answered.Length > 0 ? Percentiles.ToMilliseconds(answered[^1]) : double.NaN)
        {
            ClientLagP99Ms = Percentiles.Of(lags, 99),
            TargetRate = rate,
        };
    }

    // Releases every request that has fallen due, then sleeps briefly. Thread.Sleep rounds up to
    // a millisecond; usleep wakes within tens of microseconds on Linux and costs no spinning.
    private static void Dispatch(ChannelWriter<int> due, long start, double interval, long[] lags)
    {
        var next = 0;
        while (next < lags.Length)
        {
            var now = Stopwatch.GetTimestamp();
            while (next < lags.Length && start + (long)(next * interval) <= now)
            {
                lags[next] = now - (start + (long)(next * interval));
                due.TryWrite(next);
                next++;
            }

            if (next < lags.Length)
            {
                var wait = (start + (long)(next * interval) - Stopwatch.GetTimestamp()) * 1_000_000 / Stopwatch.Frequency;
                _ = UnixSleep((uint)Math.Clamp(wait, 20, 1_000));
            }
        }

        due.Complete();
    }

    private static async Task WorkAsync(
        Http11Connection connection,
        byte[] request,
        ChannelReader<int> due,
        long start,
        double interval,
        long[] latencies,
        CancellationToken abandon)
    {
        try
        {
            await foreach (var index in due.ReadAllAsync(abandon))
            {
                var status = await connection.SendAsync(request, abandon);
                if (status == 200)
                {
                    var dueAt = start + (long)(index * interval);
                    latencies[index] = Math.Max(1, Stopwatch.GetTimestamp() - dueAt);
                }
            }
        }
        catch (Exception error) when (error is IOException or OperationCanceledException or System.Net.Sockets.SocketException)
        {
            // This connection is done; the requests it did not answer stay at zero, counted as errors.
        }
    }

    [LibraryImport("libc", EntryPoint = "usleep")]
    private static partial int UnixSleep(uint microseconds);
}
