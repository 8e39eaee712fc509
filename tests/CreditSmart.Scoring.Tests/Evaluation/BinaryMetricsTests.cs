using CreditSmart.Scoring.Evaluation;

namespace CreditSmart.Scoring.Tests.Evaluation;

public sealed class BinaryMetricsTests
{
    private const double Precision = 1e-12;

    [Fact]
    public void PerfectRankingHasAnAucOfOne()
    {
        var auc = BinaryMetrics.Auc([0.1, 0.2, 0.7, 0.9], [false, false, true, true]);

        Assert.Equal(1.0, auc, Precision);
    }

    [Fact]
    public void ReversedRankingHasAnAucOfZero()
    {
        var auc = BinaryMetrics.Auc([0.9, 0.7, 0.2, 0.1], [false, false, true, true]);

        Assert.Equal(0.0, auc, Precision);
    }

    [Fact]
    public void AllProbabilitiesTiedHasAnAucOfOneHalf()
    {
        var auc = BinaryMetrics.Auc([0.3, 0.3, 0.3, 0.3, 0.3], [true, false, false, true, false]);

        Assert.Equal(0.5, auc, Precision);
    }

    [Fact]
    public void ADefaultTiedWithARepaidLoanCountsAsHalfAPair()
    {
        // Pairs (default, repaid): (0.5, 0.2) won, (0.5, 0.5) tied, (0.8, 0.2) won, (0.8, 0.5) won.
        var auc = BinaryMetrics.Auc([0.2, 0.5, 0.5, 0.8], [false, false, true, true]);

        Assert.Equal(3.5 / 4, auc, Precision);
    }

    [Fact]
    public void AucAgreesWithCountingEveryPairOnRandomTiedData()
    {
        var random = new Random(7);
        for (var trial = 0; trial < 20; trial++)
        {
            // Probabilities on a coarse grid, so many of them tie.
            var probabilities = Enumerable.Range(0, 200).Select(_ => random.Next(0, 11) / 10.0).ToArray();
            var labels = probabilities.Select(p => random.NextDouble() < p).ToArray();

            Assert.Equal(PairCountingAuc(probabilities, labels), BinaryMetrics.Auc(probabilities, labels), 1e-9);
        }
    }

    [Fact]
    public void AucOfOneClassOnlyIsRefused()
    {
        Assert.Throws<ArgumentException>(() => BinaryMetrics.Auc([0.1, 0.9], [false, false]));
    }

    [Fact]
    public void ListsOfDifferentLengthsAreRefused()
    {
        Assert.Throws<ArgumentException>(() => BinaryMetrics.Brier([0.1, 0.9], [true]));
    }

    [Fact]
    public void NoRowsAreRefused()
    {
        Assert.Throws<ArgumentException>(() => BinaryMetrics.LogLoss([], []));
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(-0.01)]
    [InlineData(1.5)]
    public void AProbabilityOutsideZeroToOneIsRefused(double probability)
    {
        Assert.Throws<ArgumentException>(() => BinaryMetrics.Auc([0.2, probability], [false, true]));
    }

    [Fact]
    public void LogLossOfAlwaysOneHalfIsTheNaturalLogOfTwo()
    {
        var logLoss = BinaryMetrics.LogLoss([0.5, 0.5, 0.5], [true, false, false]);

        Assert.Equal(Math.Log(2), logLoss, Precision);
    }

    [Fact]
    public void LogLossOfACertainWrongPredictionIsLargeButFinite()
    {
        var logLoss = BinaryMetrics.LogLoss([0.0, 1.0], [true, false]);

        Assert.True(double.IsFinite(logLoss));
        Assert.Equal(-Math.Log(1e-15), logLoss, 1e-2);
    }

    [Fact]
    public void BrierIsTheMeanSquaredErrorOfTheProbability()
    {
        var brier = BinaryMetrics.Brier([0.1, 0.8, 0.5], [false, true, true]);

        Assert.Equal((0.01 + 0.04 + 0.25) / 3, brier, Precision);
    }

    [Fact]
    public void KsIsTheWidestGapBetweenTheTwoDistributions()
    {
        // Sorted: 0.1 repaid, 0.35 default, 0.4 repaid, 0.8 default. After 0.1 half the repaid
        // loans and none of the defaults are below the cut: a gap of 0.5, never exceeded.
        var ks = BinaryMetrics.KolmogorovSmirnov([0.1, 0.4, 0.35, 0.8], [false, false, true, true]);

        Assert.Equal(0.5, ks, Precision);
    }

    [Fact]
    public void KsIsOneWhenEveryDefaultScoresAboveEveryRepaidLoan()
    {
        var ks = BinaryMetrics.KolmogorovSmirnov([0.1, 0.2, 0.7, 0.9], [false, false, true, true]);

        Assert.Equal(1.0, ks, Precision);
    }

    [Fact]
    public void KsNeverCutsBetweenTiedProbabilities()
    {
        var ks = BinaryMetrics.KolmogorovSmirnov([0.4, 0.4, 0.4, 0.4], [false, true, false, true]);

        Assert.Equal(0.0, ks, Precision);
    }

    [Fact]
    public void EvaluateGathersTheFourMetricsOfTheSameRows()
    {
        double[] probabilities = [0.1, 0.6, 0.3, 0.8, 0.2];
        bool[] labels = [false, true, false, false, true];

        var metrics = BinaryMetrics.Evaluate(probabilities, labels);

        Assert.Equal(BinaryMetrics.Auc(probabilities, labels), metrics.Auc);
        Assert.Equal(BinaryMetrics.LogLoss(probabilities, labels), metrics.LogLoss);
        Assert.Equal(BinaryMetrics.Brier(probabilities, labels), metrics.Brier);
        Assert.Equal(BinaryMetrics.KolmogorovSmirnov(probabilities, labels), metrics.Ks);
    }

    [Fact]
    public void CalibrationCutsRowsIntoTenEqualBinsFromLowestToHighestProbability()
    {
        // Row i has probability i / 100 and defaults when i is a multiple of 5, given in reverse.
        var rows = Enumerable.Range(0, 100).Reverse().ToArray();
        var probabilities = rows.Select(i => i / 100.0).ToArray();
        var labels = rows.Select(i => i % 5 == 0).ToArray();

        var bins = BinaryMetrics.CalibrationByDecile(probabilities, labels);

        Assert.Equal(Enumerable.Range(1, 10), bins.Select(bin => bin.Decile));
        Assert.All(bins, bin => Assert.Equal(10, bin.Count));
        Assert.All(bins, bin => Assert.Equal(2, bin.Defaults));
        Assert.All(bins, bin => Assert.Equal(0.2, bin.ObservedRate, Precision));
        Assert.Equal(0.045, bins[0].MeanPredicted, Precision);
        Assert.Equal(0.0, bins[0].MinPredicted, Precision);
        Assert.Equal(0.09, bins[0].MaxPredicted, Precision);
        Assert.Equal(0.945, bins[9].MeanPredicted, Precision);
    }

    [Fact]
    public void CalibrationSpreadsAnUnevenCountAcrossBinsAsEvenlyAsPossible()
    {
        var probabilities = Enumerable.Range(0, 25).Select(i => i / 25.0).ToArray();
        var labels = probabilities.Select(p => p > 0.5).ToArray();

        var bins = BinaryMetrics.CalibrationByDecile(probabilities, labels);

        Assert.Equal(25, bins.Sum(bin => bin.Count));
        Assert.All(bins, bin => Assert.InRange(bin.Count, 2, 3));
    }

    [Fact]
    public void CalibrationOfFewerThanTenRowsLeavesOutEmptyBins()
    {
        var bins = BinaryMetrics.CalibrationByDecile([0.2, 0.6, 0.4], [false, true, false]);

        Assert.Equal([0.2, 0.4, 0.6], bins.Select(bin => bin.MeanPredicted));
    }

    private static double PairCountingAuc(double[] probabilities, bool[] labels)
    {
        double won = 0;
        var pairs = 0;
        for (var i = 0; i < probabilities.Length; i++)
        {
            for (var j = 0; j < probabilities.Length; j++)
            {
                if (labels[i] && !labels[j])
                {
                    pairs++;
                    won += probabilities[i] > probabilities[j] ? 1 : probabilities[i] == probabilities[j] ? 0.5 : 0;
                }
            }
        }

        return won / pairs;
    }
}
