namespace CreditSmart.Benchmarks.Core;

/// <summary>One scoring-core benchmark's figures: time per operation and bytes allocated per operation.</summary>
public sealed record CoreResult(string Method, double MeanNanoseconds, double ErrorNanoseconds, long? AllocatedBytes)
{
    public double MeanMicroseconds => MeanNanoseconds / 1_000;
}
