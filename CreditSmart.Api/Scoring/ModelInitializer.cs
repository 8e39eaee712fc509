using System.Diagnostics;
using CreditSmart.Scoring.Model;
using Microsoft.Extensions.Options;

namespace CreditSmart.Api.Scoring;

/// <summary>
/// Loads, validates and warms the model before the server takes traffic (hosted services start
/// before Kestrel listens), so the first request is as fast as the hundredth. A model that
/// fails any check leaves the rule engine serving, and the log says why.
/// </summary>
public sealed class ModelInitializer(
    LiveScorer live,
    IOptions<ModelOptions> options,
    ILogger<ModelInitializer> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var result = ModelArtifactLoader.Load(options.Value.ResolvedPath, options.Value.ResolvedMetadataPath);

        if (result.Scorer is { } scorer)
        {
            live.UseModel(scorer);
            var elapsed = (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            ScoringLog.ModelLoaded(logger, scorer.Info.ModelVersion, elapsed, scorer.Info.ArtifactSha256);
        }
        else
        {
            var reason = result.FailureReason ?? "the model could not be loaded";
            live.UseRules(reason);
            ScoringLog.ModelFallbackUsed(logger, reason, result.Error);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
