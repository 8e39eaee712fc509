namespace CreditSmart.Api.ModelSync;

/// <summary>How the API follows the model store (the <c>ModelStore</c> section).</summary>
public sealed class ModelSyncOptions
{
    public const string SectionName = "ModelStore";

    /// <summary>
    /// Used when the AppHost references the store (it then sets <c>services:model-store</c>)
    /// and no URL is configured; service discovery resolves the name.
    /// </summary>
    public const string DiscoveredUrl = "http://model-store";

    /// <summary>
    /// The store's base address (<c>ModelStore:Url</c>). Unset and with no store referenced, the
    /// API does not follow a store and loads <c>Model:Path</c> as before.
    /// </summary>
    public string? Url { get; set; }

    /// <summary>How often the active version is polled (<c>ModelStore:PollInterval</c>).</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// The longest start-up waits for the store (<c>ModelStore:StartupTimeout</c>) before it uses
    /// the last-known-good copy; also the ceiling of any one call's retries.
    /// </summary>
    public TimeSpan StartupTimeout { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>The longest one attempt of one call may take (<c>ModelStore:RequestTimeout</c>).</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// Where the last model taken from the store is kept (<c>ModelStore:LastKnownGoodPath</c>),
    /// relative to the binaries; it serves when the store cannot be reached at start-up.
    /// </summary>
    public string LastKnownGoodPath { get; set; } = "model-cache";

    public bool Enabled => !string.IsNullOrWhiteSpace(Url);

    public string ResolvedLastKnownGoodPath => Path.GetFullPath(LastKnownGoodPath, AppContext.BaseDirectory);
}
