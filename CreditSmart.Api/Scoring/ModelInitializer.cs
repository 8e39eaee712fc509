using System.Diagnostics;
using CreditSmart.Api.ModelSync;
using CreditSmart.Scoring.Model;
using Microsoft.Extensions.Options;

namespace CreditSmart.Api.Scoring;

/// <summary>
/// Loads, validates and warms a model before the server takes traffic (hosted services start
/// before Kestrel listens), so the first request is as fast as the hundredth. It tries the model
/// store's active version, then the last-known-good copy (both only when a store is configured),
/// then <c>Model:Path</c>; when none loads, the rule engine serves and the log says why.
/// </summary>
public sealed class ModelInitializer(
    LiveScorer live,
    ModelStoreFollower follower,
    IServiceScopeFactory scopes,
    IOptions<ModelOptions> options,
    ILogger<ModelInitializer> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();

        StartupModel? chosen;
        using (var scope = scopes.CreateScope())
        {
            chosen = await follower.LoadAtStartAsync(
                scope.ServiceProvider.GetRequiredService<ModelStoreClient>(), cancellationToken);
        }

        if (chosen is null)
        {
            var result = ModelArtifactLoader.Load(options.Value.ResolvedPath, options.Value.ResolvedMetadataPath);
            if (result.Scorer is not { } bundled)
            {
                var reason = result.FailureReason ?? "the model could not be loaded";
                live.UseRules(reason);
                ScoringLog.ModelFallbackUsed(logger, reason, result.Error);
                return;
            }

            chosen = new StartupModel(bundled, ModelSource.Bundled);
        }

        live.UseModel(chosen.Scorer, chosen.Source);
        var elapsed = (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        ScoringLog.ModelLoaded(logger, chosen.Scorer.Info.ModelVersion, elapsed, chosen.Scorer.Info.ArtifactSha256);
        if (follower.Enabled)
        {
            ModelSyncLog.SourceSelected(logger, chosen.Scorer.Info.ModelVersion, chosen.Source);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
