using CreditSmart.Verify.Measuring;

namespace CreditSmart.Verify.Tests;

public sealed class PercentilesTests
{
    [Theory]
    [InlineData(50, 10)]
    [InlineData(95, 19)]
    [InlineData(99, 20)]
    [InlineData(100, 20)]
    [InlineData(1, 1)]
    public void TheNearestRankOfTwentyValuesIsOneOfThem(double percent, double expected)
    {
        // 1..20, shuffled: the order given must not matter.
        double[] values = [7, 3, 20, 1, 15, 9, 11, 2, 18, 5, 13, 4, 19, 6, 17, 8, 16, 10, 14, 12];

        Assert.Equal(expected, Percentiles.Of(values, percent));
    }

    [Fact]
    public void NoValuesHaveNoPercentile() =>
        Assert.Throws<ArgumentException>(() => Percentiles.Of([], 95));
}
