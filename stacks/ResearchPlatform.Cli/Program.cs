var code = ResearchPlatform.Cli.CliApp.Run(args, Console.Out, Console.Error);

// For the benchmark: the whole process's peak resident set, read by the OS (VmHWM on Linux).
if (Environment.GetEnvironmentVariable("RESEARCH_PLATFORM_STATS") == "1")
{
    Console.Error.WriteLine($"peak-rss-kib={System.Diagnostics.Process.GetCurrentProcess().PeakWorkingSet64 / 1024}");
}

return code;
