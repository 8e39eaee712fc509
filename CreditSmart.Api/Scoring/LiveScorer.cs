using CreditSmart.Scoring;
using CreditSmart.Scoring.Applications;
using CreditSmart.Scoring.Model;
using CreditSmart.Scoring.Rules;

namespace CreditSmart.Api.Scoring;

/// <summary>
/// The scorer serving right now: a model when one loaded, else the rule engine. Each request
/// reads the reference once, so it is scored wholly by one scorer even while another is swapped in.
/// </summary>
public sealed class LiveScorer(RuleEngineScorer rules, ILogger<LiveScorer> logger)
{
    private volatile ModelScorer? _model;
    private volatile string? _fallbackReason = "the model has not been loaded yet";
    private volatile bool _initialized;

    public ScorerInfo Info => (_model as ICreditRiskScorer ?? rules).Info;

    public bool ModelLoaded => _model is not null;

    /// <summary>True once start-up has settled on a model or on the rules.</summary>
    public bool Initialized => _initialized;

    /// <summary>Why the rule engine is serving; null while a model serves.</summary>
    public string? FallbackReason => _fallbackReason;

    public void UseModel(ModelScorer model)
    {
        _model = model;
        _fallbackReason = null;
        _initialized = true;
    }

    public void UseRules(string reason)
    {
        _model = null;
        _fallbackReason = reason;
        _initialized = true;
    }

    public ScoredApplication Score(CreditApplication application)
    {
        var model = _model;
        if (model is null)
        {
            return new(rules.Score(application), rules.Info);
        }

        try
        {
            return new(model.Score(application), model.Info);
        }
        // Whatever went wrong inside the model, the applicant still gets an answer, and the
        // response says it came from the rules.
        catch (Exception error) when (error is not OutOfMemoryException)
        {
            ScoringLog.ModelFallbackUsed(logger, "the model failed to score one application", error);
            return new(rules.Score(application), rules.Info);
        }
    }
}
