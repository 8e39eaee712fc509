using System.Diagnostics;
using CreditSmart.Api.Observability;
using CreditSmart.Api.Scoring;
using Microsoft.Extensions.Options;

namespace CreditSmart.Api.ModelSync;

/// <summary>
/// Keeps the live model in step with the store's active version: at start-up the store's version,
/// else the last-known-good copy; afterwards each poll that finds a new version loads it off to
/// the side and swaps it in whole, or rejects it and leaves the serving model alone.
/// </summary>
public sealed class ModelStoreFollower(
    StoreModelFetcher fetcher,
    LastKnownGoodCache lastKnownGood,
    LiveScorer live,
    CreditSmartMetrics metrics,
    IOptions<ModelSyncOptions> options,
    ILogger<ModelStoreFollower> logger)
{
    // Set only once a version was swapped in or rejected, so a failed download is tried again.
    private string? _etag;

    public bool Enabled => options.Value.Enabled;

    /// <summary>The store's active model, else the last-known-good one; null when neither loads.</summary>
    public async Task<StartupModel?> LoadAtStartAsync(ModelStoreClient client, CancellationToken cancellationToken)
    {
        if (!Enabled)
        {
            return null;
        }

        using var activity = ModelSyncTracing.StartStartupFetch();
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(options.Value.StartupTimeout);
        try
        {
            var poll = await client.GetActiveAsync(etag: null, deadline.Token);
            var loaded = await fetcher.FetchAsync(client, poll.Version!, deadline.Token);
            _etag = poll.ETag;
            if (loaded.Scorer is { } scorer)
            {
                ModelSyncTracing.SetOutcome(activity, ModelSyncTracing.Loaded, scorer.Info.ModelVersion);
                return new StartupModel(scorer, ModelSource.Store);
            }

            ModelSyncTracing.SetOutcome(activity, ModelSyncTracing.Rejected, poll.Version!.ModelVersion);
            metrics.ModelRejected(poll.Version!.ModelVersion);
            ScoringLog.ModelRejected(logger, poll.Version!.ModelVersion, loaded.FailureReason ?? "it did not load", "nothing yet", loaded.Error);
        }
        catch (Exception error) when (IsUnreachable(error, cancellationToken))
        {
            ModelSyncTracing.SetOutcome(activity, ModelSyncTracing.Unreachable);
            ModelSyncLog.StoreUnreachable(logger, Describe(error));
        }

        var cached = lastKnownGood.Load();
        if (cached.Scorer is { } fromCache)
        {
            return new StartupModel(fromCache, ModelSource.LastKnownGood);
        }

        ModelSyncLog.LastKnownGoodUnusable(logger, cached.FailureReason ?? "it did not load", cached.Error);
        return null;
    }

    /// <summary>Looks at the store once and swaps when its active version is not the one serving.</summary>
    /// <exception cref="HttpRequestException">The store could not be reached.</exception>
    public async Task PollAsync(ModelStoreClient client, CancellationToken cancellationToken)
    {
        var poll = await client.GetActiveAsync(_etag, cancellationToken);
        if (poll.Version is not { } version)
        {
            return;
        }

        var serving = live.Info;
        if (live.Source == ModelSource.Store
            && serving.ModelVersion == version.ModelVersion
            && string.Equals(serving.ArtifactSha256, version.ArtifactSha256, StringComparison.OrdinalIgnoreCase))
        {
            _etag = poll.ETag;
            return;
        }

        using var activity = ModelSyncTracing.StartSwap(version.ModelVersion);
        var started = Stopwatch.GetTimestamp();
        var loaded = await fetcher.FetchAsync(client, version, cancellationToken);
        _etag = poll.ETag;

        if (loaded.Scorer is not { } scorer)
        {
            ModelSyncTracing.SetOutcome(activity, ModelSyncTracing.Rejected);
            // LIMITATION: with the ETag kept, this version is not fetched again until the store's
            // active version changes; operators promote another version to move the API on.
            metrics.ModelRejected(version.ModelVersion);
            ScoringLog.ModelRejected(
                logger, version.ModelVersion, loaded.FailureReason ?? "it did not load", serving.ModelVersion, loaded.Error);
            return;
        }

        live.UseModel(scorer, ModelSource.Store);
        ModelSyncTracing.SetOutcome(activity, ModelSyncTracing.Swapped);
        var elapsed = (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        metrics.ModelSwapped(scorer.Info.ModelVersion);
        ScoringLog.ModelSwapped(logger, serving.ModelVersion, scorer.Info.ModelVersion, scorer.Info.ArtifactSha256, elapsed);
    }

    /// <summary>Network failures and timeouts, as opposed to the host shutting down.</summary>
    public static bool IsUnreachable(Exception error, CancellationToken stopping) =>
        !stopping.IsCancellationRequested
        && error is HttpRequestException or OperationCanceledException or TimeoutException
            or IOException or System.Text.Json.JsonException
            or Polly.CircuitBreaker.BrokenCircuitException or Polly.Timeout.TimeoutRejectedException;

    public static string Describe(Exception error) => error switch
    {
        HttpRequestException { StatusCode: { } status } => $"it answered {(int)status}",
        HttpRequestException => $"the connection failed: {error.Message}",
        OperationCanceledException or TimeoutException or Polly.Timeout.TimeoutRejectedException => "it did not answer in time",
        Polly.CircuitBreaker.BrokenCircuitException => "recent calls failed, so calls are paused",
        _ => "its answer could not be read",
    };
}
