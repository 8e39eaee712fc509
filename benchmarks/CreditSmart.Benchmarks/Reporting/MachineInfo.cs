using System.Runtime.InteropServices;

namespace CreditSmart.Benchmarks.Reporting;

/// <summary>What the figures were measured on.</summary>
public sealed record MachineInfo(int Cores, string Processor, string Memory, string OperatingSystem, string Runtime)
{
    public static MachineInfo Current() => new(
        Environment.ProcessorCount,
        ReadProcessor(),
        ReadMemory(),
        RuntimeInformation.OSDescription,
        RuntimeInformation.FrameworkDescription);

    /// <summary>The 1-, 5- and 15-minute load averages, to show whether anything else was competing.</summary>
    public string? LoadAtStart { get; init; }

    public string? LoadAtEnd { get; init; }

    public static string? LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ')[..3]) : null;

    private static string ReadProcessor() =>
        ProcLine("/proc/cpuinfo", "model name") is { } line ? line[(line.IndexOf(':') + 1)..].Trim() : "unknown";

    private static string ReadMemory()
    {
        if (ProcLine("/proc/meminfo", "MemTotal") is not { } line)
        {
            return "unknown";
        }

        var kilobytes = long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]);
        return $"{kilobytes / (1024.0 * 1024.0):0.#} GiB";
    }

    private static string? ProcLine(string path, string prefix) =>
        File.Exists(path)
            ? File.ReadLines(path).FirstOrDefault(line => line.StartsWith(prefix, StringComparison.Ordinal))
            : null;
}
