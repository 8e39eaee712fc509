using System.Globalization;
using CreditSmart.Verify;
using CreditSmart.Verify.Reporting;

// Figures in the checklist and the report must not change with the machine's locale.
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;

// The deployment to check and the limits to hold it to; wrong arguments end here with exit code 2.
if (!VerifyArguments.TryParse(args, out var options, out var exitCode))
{
    return exitCode;
}

// Ctrl+C stops the run between requests rather than killing it mid-line.
using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) => { e.Cancel = true; cancel.Cancel(); };

// The checklist, written line by line as each check finishes.
var report = await ReleaseVerifier.RunAsync(options, Console.Out, cancel.Token);

// The same results for machines, when asked for.
if (options.ReportPath is not null && !ReportFile.TryWrite(options.ReportPath, report))
{
    return 3;
}

return report.Success ? 0 : 1;
