namespace CreditSmart.Verify.Checks;

/// <summary>One item of the post-deployment checklist.</summary>
public interface IReleaseCheck
{
    string Name { get; }

    Task<CheckResult> RunAsync(VerifyContext context, CancellationToken cancellationToken);
}
