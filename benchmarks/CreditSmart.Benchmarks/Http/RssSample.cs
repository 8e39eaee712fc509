namespace CreditSmart.Benchmarks.Http;

/// <summary>Resident memory at a moment, counted from when sampling began.</summary>
public sealed record RssSample(double Seconds, long Bytes)
{
    public double Megabytes => Bytes / (1024.0 * 1024.0);
}
