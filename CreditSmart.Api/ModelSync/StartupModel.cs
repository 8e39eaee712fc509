using CreditSmart.Api.Scoring;
using CreditSmart.Scoring.Model;

namespace CreditSmart.Api.ModelSync;

/// <summary>The model start-up settled on, and where it came from.</summary>
public sealed record StartupModel(ModelScorer Scorer, ModelSource Source);
