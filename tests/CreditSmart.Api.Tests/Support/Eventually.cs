using System.Diagnostics;

namespace CreditSmart.Api.Tests.Support;

/// <summary>Waits, with a deadline, for something another thread produces (a span ending, a line written).</summary>
public static class Eventually
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(10);

    public static async Task<T> FindAsync<T>(Func<T?> find, string what, TimeSpan? timeout = null)
        where T : class
    {
        var deadline = Stopwatch.GetTimestamp() + (long)((timeout ?? DefaultTimeout).TotalSeconds * Stopwatch.Frequency);
        while (true)
        {
            if (find() is { } found)
            {
                return found;
            }

            if (Stopwatch.GetTimestamp() > deadline)
            {
                Assert.Fail($"Timed out waiting for {what}.");
            }

            await Task.Delay(20);
        }
    }
}
