using System.Diagnostics;
using CreditSmart.Api.Observability;

namespace CreditSmart.Api.ModelSync;

/// <summary>
/// The spans of following the model store, on the <c>CreditSmart</c> activity source: one for
/// the fetch at start-up and one for each new version the API swaps in or rejects. The HTTP calls
/// to the store run inside them, so the dashboard shows the store's side in the same trace.
/// A poll that finds nothing new makes no span: once a second it would only be noise.
/// </summary>
public static class ModelSyncTracing
{
    public const string StartupFetch = "model.fetch_at_start";
    public const string Swap = "model.swap";

    /// <summary>Outcomes of a model-sync span.</summary>
    public const string Loaded = "loaded";
    public const string Swapped = "swapped";
    public const string Rejected = "rejected";
    public const string Unreachable = "unreachable";

    private static readonly ActivitySource s_source = new(Microsoft.Extensions.Hosting.Extensions.TelemetrySourceName);

    public static Activity? StartStartupFetch() => s_source.StartActivity(StartupFetch);

    public static Activity? StartSwap(string modelVersion) =>
        s_source.StartActivity(Swap)?.SetTag(TelemetryTags.ModelVersion, modelVersion);

    public static void SetOutcome(Activity? activity, string outcome, string? modelVersion = null)
    {
        if (activity is null)
        {
            return;
        }

        activity.SetTag(TelemetryTags.Outcome, outcome);
        if (modelVersion is not null)
        {
            activity.SetTag(TelemetryTags.ModelVersion, modelVersion);
        }

        if (outcome is Rejected or Unreachable)
        {
            activity.SetStatus(ActivityStatusCode.Error, outcome);
        }
    }
}
