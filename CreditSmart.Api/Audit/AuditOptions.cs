namespace CreditSmart.Api.Audit;

/// <summary>Where decision audit records go and how their input hash is keyed (the <c>Audit</c> section).</summary>
public sealed class AuditOptions
{
    public const string SectionName = "Audit";

    /// <summary>
    /// The key Development uses when <c>Audit:HashKey</c> is unset. It is public in this
    /// repository, so anywhere else it is refused.
    /// </summary>
    public const string DevelopmentHashKey = "creditsmart-development-only-audit-hash-key";

    public const int MinHashKeyLength = 32;

    /// <summary>
    /// The append-only JSON-lines file (<c>Audit:Path</c>); a relative path is resolved from the
    /// API's binaries.
    /// </summary>
    public string Path { get; set; } = "audit/decisions.jsonl";

    /// <summary>
    /// The secret that keys the HMAC-SHA256 of each application (<c>Audit:HashKey</c>), at least
    /// <see cref="MinHashKeyLength"/> characters. Required outside Development.
    /// </summary>
    public string? HashKey { get; set; }

    /// <summary>
    /// How many records may wait for the writer (<c>Audit:QueueCapacity</c>). When it is full a
    /// record is not written: it is counted and logged instead, so no request waits on the disk.
    /// </summary>
    public int QueueCapacity { get; set; } = 10_000;

    public string ResolvedPath => System.IO.Path.GetFullPath(Path, AppContext.BaseDirectory);
}
