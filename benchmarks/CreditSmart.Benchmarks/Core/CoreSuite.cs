using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Perfolizer.Horology;

namespace CreditSmart.Benchmarks.Core;

/// <summary>Runs <see cref="ScoringBenchmarks"/> with BenchmarkDotNet and keeps the figures the report needs.</summary>
public static class CoreSuite
{
    public static IReadOnlyList<CoreResult> Run(SuiteOptions options)
    {
        // In process: the harness is already a Release build, and this skips generating and
        // building a second project for every run, which costs a minute on two cores.
        var job = Job.Default
            .WithToolchain(InProcessEmitToolchain.Instance)
            .WithWarmupCount(options.Quick ? 2 : 6)
            .WithIterationCount(options.Quick ? 5 : 20)
            .WithIterationTime(TimeInterval.FromMilliseconds(options.Quick ? 100 : 250));

        var config = DefaultConfig.Instance
            .AddJob(job)
            .WithArtifactsPath(Path.Combine(options.WorkDirectory, "BenchmarkDotNet.Artifacts"));

        var summary = BenchmarkRunner.Run<ScoringBenchmarks>(config);

        var results = new List<CoreResult>();
        foreach (var report in summary.Reports)
        {
            if (report.ResultStatistics is not { } statistics)
            {
                throw new InvalidOperationException(
                    $"{report.BenchmarkCase.Descriptor.WorkloadMethod.Name} produced no result; see the log above.");
            }

            results.Add(new CoreResult(
                report.BenchmarkCase.Descriptor.WorkloadMethod.Name,
                statistics.Mean,
                statistics.StandardError,
                report.GcStats.GetBytesAllocatedPerOperation(report.BenchmarkCase)));
        }

        return results;
    }
}
