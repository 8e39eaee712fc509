using BenchmarkDotNet.Attributes;
using CreditSmart.Scoring;
using CreditSmart.Scoring.Applications;
using CreditSmart.Scoring.Data;
using CreditSmart.Scoring.Features;
using CreditSmart.Scoring.Model;
using CreditSmart.Scoring.Rules;
using CreditSmart.Scoring.Validation;
using Microsoft.ML;

namespace CreditSmart.Benchmarks.Core;

/// <summary>
/// The scoring core, one step at a time, on the bundled model loaded the way the API loads it.
/// Not sealed: BenchmarkDotNet requires benchmark classes it can inspect and extend.
/// </summary>
[MemoryDiagnoser]
public class ScoringBenchmarks
{
    /// <summary>How many applications the batch benchmark scores per operation.</summary>
    public const int BatchSize = 10_000;

    private readonly CreditApplication _application = GoldenApplications.Typical;
    private readonly RuleEngineScorer _rules = new();
    private readonly ModelInput _derivedInput = new();

    private ModelScorer _scorer = null!;
    private PredictionEngine<ModelInput, ModelOutput> _engine = null!;
    private ModelInput _engineInput = null!;
    private ModelOutput _engineOutput = new();
    private byte[] _body = [];
    private CreditApplication[] _batch = [];

    [GlobalSetup]
    public void Setup()
    {
        var result = ModelArtifactLoader.Load(SuiteFiles.ModelArtifact, SuiteFiles.ModelMetadata);
        _scorer = result.Scorer
            ?? throw new InvalidOperationException($"The bundled model did not load: {result.FailureReason}");

        // A private engine on the same artifact, to time ML.NET's prediction without the pool,
        // the derivation or the key-factor selection around it.
        var ml = new MLContext(seed: 0);
        using (var stream = File.OpenRead(SuiteFiles.ModelArtifact))
        {
            var model = ml.Model.Load(stream, out _);
            _engine = ml.Model.CreatePredictionEngine<ModelInput, ModelOutput>(model);
        }

        _engineInput = FeatureDerivation.Derive(_application);

        _body = File.ReadAllBytes(SuiteFiles.SampleApplication);

        _batch = [.. LendingClubDataset.Read(SuiteFiles.Dataset)
            .Select(LendingClubDataset.ToApplication)
            .OfType<CreditApplication>()
            .Take(BatchSize)];

        if (_batch.Length != BatchSize)
        {
            throw new InvalidOperationException($"The data set has only {_batch.Length} complete rows.");
        }
    }

    [GlobalCleanup]
    public void Cleanup() => _engine.Dispose();

    /// <summary>What a request pays for scoring: derivation, the pooled engine and key factors.</summary>
    [Benchmark(Baseline = true)]
    public RiskAssessment ScoreWithKeyFactors() => _scorer.Score(_application);

    /// <summary>ML.NET's prediction alone: the artifact's pipeline on an already derived row.</summary>
    [Benchmark]
    public float PredictOnly()
    {
        _engine.Predict(_engineInput, ref _engineOutput);
        return _engineOutput.Probability;
    }

    /// <summary>The strict reader on the sample body: UTF-8 check, parse, every field rule.</summary>
    [Benchmark]
    public ApplicationReadResult ValidateBody() => CreditApplicationReader.Read(_body);

    [Benchmark]
    public ModelInput DeriveFeatures()
    {
        FeatureDerivation.Fill(_derivedInput, _application);
        return _derivedInput;
    }

    /// <summary>The fallback path, for scale: what a degraded request pays instead.</summary>
    [Benchmark]
    public RiskAssessment ScoreWithRules() => _rules.Score(_application);

    /// <summary>Ten thousand real applications from the data set, one after another.</summary>
    [Benchmark]
    public double ScoreBatch()
    {
        var sum = 0.0;
        foreach (var application in _batch)
        {
            sum += _scorer.Score(application).Probability;
        }

        return sum;
    }
}
