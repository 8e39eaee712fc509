using CreditSmart.Verify.Data;

namespace CreditSmart.Verify.Checks;

/// <summary>What every check works with: the options, the client and the labelled loans.</summary>
public sealed class VerifyContext(VerifyOptions options, VerifyClient client, SampleLoans loans)
{
    public VerifyOptions Options { get; } = options;

    public VerifyClient Client { get; } = client;

    public SampleLoans Loans { get; } = loans;
}
