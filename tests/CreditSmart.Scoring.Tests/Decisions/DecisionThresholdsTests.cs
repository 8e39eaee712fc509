using System.Text.Json;
using CreditSmart.Scoring.Decisions;

namespace CreditSmart.Scoring.Tests.Decisions;

public sealed class DecisionThresholdsTests
{
    private static readonly DecisionThresholds s_default = DecisionThresholds.Default;

    public static TheoryData<double, RiskBand> DefaultBands => new()
    {
        { 0, RiskBand.Low },
        { 0.05, RiskBand.Low },
        { Math.BitDecrement(0.10), RiskBand.Low },
        { 0.10, RiskBand.Medium },
        { 0.15, RiskBand.Medium },
        { Math.BitDecrement(0.20), RiskBand.Medium },
        { 0.20, RiskBand.High },
        { 0.30, RiskBand.High },
        { Math.BitDecrement(0.35), RiskBand.High },
        { 0.35, RiskBand.VeryHigh },
        { 0.9, RiskBand.VeryHigh },
        { 1, RiskBand.VeryHigh },
    };

    [Fact]
    public void TheDefaultEdgesSitAroundTheBaseRate()
    {
        Assert.Equal(new DecisionThresholds(0.10, 0.20, 0.35), s_default);
        Assert.True(s_default.IsValid);
    }

    [Theory]
    [MemberData(nameof(DefaultBands))]
    public void AProbabilityExactlyAtAnEdgeGoesToTheHigherBand(double probability, RiskBand expected)
    {
        Assert.Equal(expected, s_default.BandOf(probability));
    }

    [Theory]
    [InlineData(0.02, RiskBand.Low)]
    [InlineData(0.03, RiskBand.Medium)]
    [InlineData(0.4999, RiskBand.Medium)]
    [InlineData(0.5, RiskBand.High)]
    [InlineData(0.8, RiskBand.VeryHigh)]
    public void CustomEdgesAreUsedAsGiven(double probability, RiskBand expected)
    {
        var thresholds = new DecisionThresholds(0.03, 0.5, 0.8);

        Assert.Equal(expected, thresholds.BandOf(probability));
    }

    [Theory]
    [InlineData(RiskBand.Low, Decision.Approve)]
    [InlineData(RiskBand.Medium, Decision.Review)]
    [InlineData(RiskBand.High, Decision.Decline)]
    [InlineData(RiskBand.VeryHigh, Decision.Decline)]
    public void EachBandHasItsDecision(RiskBand band, Decision expected)
    {
        Assert.Equal(expected, DecisionThresholds.DecisionFor(band));
    }

    [Theory]
    [InlineData(0.10, 0.20, 0.35, true)]
    [InlineData(0.001, 0.002, 0.999, true)]
    [InlineData(0, 0.20, 0.35, false)]
    [InlineData(-0.10, 0.20, 0.35, false)]
    [InlineData(0.20, 0.20, 0.35, false)]
    [InlineData(0.30, 0.20, 0.35, false)]
    [InlineData(0.10, 0.35, 0.35, false)]
    [InlineData(0.10, 0.40, 0.35, false)]
    [InlineData(0.10, 0.20, 1, false)]
    [InlineData(0.10, 0.20, 1.5, false)]
    [InlineData(double.NaN, 0.20, 0.35, false)]
    [InlineData(0.10, double.NaN, 0.35, false)]
    [InlineData(0.10, 0.20, double.NaN, false)]
    public void EdgesAreValidOnlyWhenTheyRiseStrictlyInsideZeroToOne(
        double mediumFrom, double highFrom, double veryHighFrom, bool expected)
    {
        Assert.Equal(expected, new DecisionThresholds(mediumFrom, highFrom, veryHighFrom).IsValid);
    }

    [Fact]
    public void ThresholdsReadFromTheirSnakeCaseJsonNames()
    {
        const string json = """{"medium_from":0.12,"high_from":0.22,"very_high_from":0.4}""";

        var thresholds = JsonSerializer.Deserialize<DecisionThresholds>(json);

        Assert.Equal(new DecisionThresholds(0.12, 0.22, 0.4), thresholds);
    }
}
