using CreditSmart.Api.Observability;
using CreditSmart.Scoring;
using CreditSmart.Scoring.Applications;
using CreditSmart.Scoring.Model;
using CreditSmart.Scoring.Rules;

namespace CreditSmart.Api.Scoring;

/// <summary>
/// The scorer serving right now: a model when one loaded, else the rule engine. Each request
/// reads the reference once, so it is scored wholly by one scorer even while another is swapped in.
/// </summary>
public sealed class LiveScorer(RuleEngineScorer rules, CreditSmartMetrics metrics, ILogger<LiveScorer> logger)
{
    private volatile ModelScorer? _model;
    private volatile string? _fallbackReason = "the model has not been loaded yet";
    private volatile bool _initialized;
    private volatile ModelSource _source = ModelSource.Rules;
    private long _generation;

    public ScorerInfo Info => (_model as ICreditRiskScorer ?? rules).Info;

    /// <summary>The model serving now; null while the rule engine serves.</summary>
    public ModelScorer? Model => _model;

    /// <summary>Counts the swaps; unchanged across a request means it saw one scorer throughout.</summary>
    public long Generation => Interlocked.Read(ref _generation);

    /// <summary>Raised after each swap, on the thread that made it; handlers must not block.</summary>
    public event Action? Changed;

    public bool ModelLoaded => _model is not null;

    /// <summary>True once start-up has settled on a model or on the rules.</summary>
    public bool Initialized => _initialized;

    /// <summary>Why the rule engine is serving; null while a model serves.</summary>
    public string? FallbackReason => _fallbackReason;

    /// <summary>Where the serving model came from (read apart from the model, so a swap may blur it for an instant).</summary>
    public ModelSource Source => _source;

    /// <summary>Swaps in a loaded, warmed model; requests already scoring finish on the old one.</summary>
    public void UseModel(ModelScorer model, ModelSource source = ModelSource.Bundled)
    {
        _source = source;
        _model = model;
        _fallbackReason = null;
        _initialized = true;
        Swapped();
    }

    public void UseRules(string reason)
    {
        _source = ModelSource.Rules;
        _model = null;
        _fallbackReason = reason;
        _initialized = true;
        metrics.RuleEngineFallback(CreditSmartMetrics.NoModel);
        Swapped();
    }

    private void Swapped()
    {
        Interlocked.Increment(ref _generation);
        Changed?.Invoke();
    }

    public ScoredApplication Score(CreditApplication application)
    {
        var (estimate, scorer) = Estimate(application);
        return new(estimate.Explain(application), scorer);
    }

    /// <summary>Scores without explaining, so the two steps can be timed and traced apart.</summary>
    public EstimatedApplication Estimate(CreditApplication application)
    {
        var model = _model;
        if (model is null)
        {
            return new(rules.Estimate(application), rules.Info);
        }

        try
        {
            return new(model.Estimate(application), model.Info);
        }
        // Whatever went wrong inside the model, the applicant still gets an answer, and the
        // response says it came from the rules.
        catch (Exception error) when (error is not OutOfMemoryException)
        {
            metrics.RuleEngineFallback(CreditSmartMetrics.ModelError);
            ScoringLog.ModelFallbackUsed(logger, "the model failed to score one application", error);
            return new(rules.Estimate(application), rules.Info);
        }
    }
}
