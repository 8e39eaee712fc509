using System.Globalization;
using CreditSmart.Benchmarks;
using CreditSmart.Benchmarks.Core;
using CreditSmart.Benchmarks.Http;
using CreditSmart.Benchmarks.Reporting;

// The benchmark suite of issue 7. benchmarks/run.sh builds everything and calls this; see
// benchmarks/README.md. It measures the scoring core, then the API over HTTP on loopback,
// and writes one markdown report.
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;

if (SuiteOptions.Parse(args) is not { } options)
{
    Console.Error.WriteLine(SuiteOptions.Usage);
    return 2;
}

Directory.CreateDirectory(options.WorkDirectory);
var startedAt = DateTimeOffset.UtcNow;
var loadAtStart = MachineInfo.LoadAverage();

IReadOnlyList<CoreResult> core = options.SkipCore ? [] : CoreSuite.Run(options);

var http = await HttpSuite.RunAsync(options);

var notesPath = Environment.GetEnvironmentVariable("CREDITSMART_BENCHMARK_NOTES");
var notes = notesPath is { Length: > 0 } && File.Exists(notesPath) ? await File.ReadAllTextAsync(notesPath) : null;
var commit = Environment.GetEnvironmentVariable("CREDITSMART_BENCHMARK_COMMIT") is { Length: > 0 } sha ? sha : null;

var machine = MachineInfo.Current() with { LoadAtStart = loadAtStart, LoadAtEnd = MachineInfo.LoadAverage() };
var report = new ReportWriter(options, machine, core, http).Write(startedAt, commit, notes);
Directory.CreateDirectory(Path.GetDirectoryName(options.ReportPath)!);
await File.WriteAllTextAsync(options.ReportPath, report);

Console.WriteLine();
foreach (var check in new TargetTable(core, http).Checks())
{
    Console.WriteLine($"{(check.Met ? "met    " : "MISSED ")} {check.Target}: {check.Measured}");
}

Console.WriteLine($"Report written to {options.ReportPath}");
return 0;
