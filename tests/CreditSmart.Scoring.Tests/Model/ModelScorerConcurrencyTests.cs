using CreditSmart.Scoring.Model;
using CreditSmart.Scoring.Tests.Support;

namespace CreditSmart.Scoring.Tests.Model;

public sealed class ModelScorerConcurrencyTests(CommittedModelFixture model)
    : IClassFixture<CommittedModelFixture>
{
    private const int Calls = 2_000;

    private static readonly TimeSpan s_timeout = TimeSpan.FromMinutes(2);

    [Fact]
    public async Task ScoringFromManyThreadsGivesEachApplicationItsOwnIdenticalResult()
    {
        var applications = GoldenApplications.All
            .Append(ApplicationBody.SampleApplication)
            .ToArray();
        var expected = applications.Select(model.Scorer.Score).ToArray();
        var actual = new RiskAssessment[Calls];

        using var cancellation = new CancellationTokenSource(s_timeout);
        var options = new ParallelOptions
        {
            MaxDegreeOfParallelism = Math.Max(4, Environment.ProcessorCount * 2),
            CancellationToken = cancellation.Token,
        };
        await Task.Run(
                () => Parallel.For(0, Calls, options, call =>
                    actual[call] = model.Scorer.Score(applications[call % applications.Length])),
                cancellation.Token)
            .WaitAsync(s_timeout);

        for (var call = 0; call < Calls; call++)
        {
            var reference = expected[call % applications.Length];
            Assert.Equal(reference.Probability, actual[call].Probability);
            Assert.Equal(reference.Band, actual[call].Band);
            Assert.Equal(reference.Decision, actual[call].Decision);
            Assert.Equal(reference.KeyFactors, actual[call].KeyFactors);
        }
    }
}
