namespace CreditSmart.Verify.Checks;

/// <summary>How one check ended. Only <see cref="Fail"/> makes the run fail.</summary>
public enum CheckOutcome
{
    Pass,
    Fail,

    /// <summary>Skipped because the run was not told enough to check it (e.g. no origin for CORS).</summary>
    NotChecked,
}
