var code = ResearchPlatform.Cli.CliApp.Run(args, Console.Out, Console.Error);

// For the benchmark: the whole process's peak resident set as the kernel counts it (VmHWM), read
// straight from /proc so that measuring it costs nothing measurable; elsewhere through Process.
if (Environment.GetEnvironmentVariable("RESEARCH_PLATFORM_STATS") == "1")
{
    var peak = File.Exists("/proc/self/status")
        ? long.Parse(File.ReadLines("/proc/self/status").First(l => l.StartsWith("VmHWM:", StringComparison.Ordinal))["VmHWM:".Length..].Replace("kB", "", StringComparison.Ordinal).Trim(), System.Globalization.CultureInfo.InvariantCulture)
        : System.Diagnostics.Process.GetCurrentProcess().PeakWorkingSet64 / 1024;
    Console.Error.WriteLine($"peak-rss-kib={peak}");
}

return code;
