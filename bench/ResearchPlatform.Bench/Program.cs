using System.Diagnostics;
using System.Globalization;
using ResearchPlatform.Bench;

// Usage: dotnet run -c Release --project bench/ResearchPlatform.Bench -- [runs] [path/to/research-platform(.dll)] [--helm <chart dir> <values file>]
// Each measurement is a whole process: `research-platform render <stack>` (a .dll through `dotnet`,
// a native build directly), timed from start to exit; the CLI reports its own peak resident set
// (VmHWM) when RESEARCH_PLATFORM_STATS=1. Without a path it measures the CLI built beside the
// benchmark (JIT-compiled at run time). With --helm it then alternates `render prod` with
// `helm template` of that chart and values, pair by pair, and prints the median ratio.
var helmAt = Array.IndexOf(args, "--helm");
var helm = helmAt >= 0 ? (Chart: Path.GetFullPath(args[helmAt + 1]), Values: Path.GetFullPath(args[helmAt + 2])) : default((string Chart, string Values)?);
var positional = helmAt >= 0 ? args[..helmAt] : args;
var runs = positional.Length > 0 ? int.Parse(positional[0], CultureInfo.InvariantCulture) : 10;
var cli = positional.Length > 1 ? Path.GetFullPath(positional[1]) : Path.Combine(AppContext.BaseDirectory, "research-platform.dll");
var root = FindRoot();
var work = Directory.CreateTempSubdirectory("rp-bench-").FullName;
File.Copy(Path.Combine(root, "Pulumi.prod.yaml"), Path.Combine(work, "Pulumi.prod.yaml"));

// prod builds on the platform layer both sites share.
File.Copy(Path.Combine(root, "platform.yaml"), Path.Combine(work, "platform.yaml"));
File.WriteAllText(Path.Combine(work, "Pulumi.site23.yaml"), ScaledStack.Yaml("site23", [("general", 20)], shares: 2, profiles: 3));
File.WriteAllText(Path.Combine(work, "Pulumi.scaled.yaml"), ScaledStack.Yaml("scaled", [("general", 40), ("highmem", 20), ("gpu", 20)], shares: 20, profiles: 30));

Console.WriteLine($"{cli}: {runs} runs each, after one warm-up run; {Environment.ProcessorCount} cores, .NET {Environment.Version}");
Console.WriteLine("| case | nodes | output | wall median | wall min | wall max | peak RSS median |");
Console.WriteLine("|---|---|---|---|---|---|---|");
foreach (var (stack, nodes) in new[] { ("prod", 11), ("site23", 23), ("scaled", 83) })
{
    Render(stack);
    var samples = Enumerable.Range(0, runs).Select(_ => Render(stack)).ToList();
    var wall = samples.Select(s => s.WallMs).Order().ToList();
    var rss = samples.Select(s => s.PeakRssKiB).Order().ToList();
    Console.WriteLine($"| {stack} | 3 + {nodes - 3} | {samples[0].Summary} | {wall[wall.Count / 2]:F0} ms | {wall[0]:F0} ms | {wall[^1]:F0} ms | {rss[rss.Count / 2] / 1024.0:F1} MiB |");
}

if (helm is { } chart)
{
    // Pairs one after the other, so both sides see the same machine load.
    var pairs = Enumerable.Range(0, runs).Select(_ => (Render: Render("prod"), Helm: HelmTemplate(chart.Chart, chart.Values))).ToList();
    var ratios = pairs.Select(p => p.Render.WallMs / p.Helm.WallMs).Order().ToList();
    var renderWall = pairs.Select(p => p.Render.WallMs).Order().ToList();
    var helmWall = pairs.Select(p => p.Helm.WallMs).Order().ToList();
    Console.WriteLine();
    Console.WriteLine($"side by side, {runs} alternating pairs: render prod median {renderWall[runs / 2]:F0} ms, peak RSS {pairs.Select(p => p.Render.PeakRssKiB).Order().ElementAt(runs / 2) / 1024.0:F1} MiB; " +
        $"helm template {Path.GetFileName(chart.Chart)} median {helmWall[runs / 2]:F0} ms, peak RSS {pairs.Select(p => p.Helm.PeakRssKiB).Order().ElementAt(runs / 2) / 1024.0:F1} MiB; median ratio {ratios[runs / 2]:F2}");
}

Directory.Delete(work, recursive: true);

// helm's own peak resident set comes from GNU time (-f %M), the wall clock from here.
(double WallMs, long PeakRssKiB) HelmTemplate(string chartDirectory, string values)
{
    var start = new ProcessStartInfo("/usr/bin/time", ["-f", "peak-rss-kib=%M", "helm", "template", "release", chartDirectory, "-f", values])
    {
        RedirectStandardOutput = true,
        RedirectStandardError = true,
    };
    var clock = Stopwatch.StartNew();
    using var process = Process.Start(start)!;
    _ = process.StandardOutput.ReadToEnd();
    var error = process.StandardError.ReadToEnd();
    process.WaitForExit();
    var elapsed = clock.Elapsed.TotalMilliseconds;
    if (process.ExitCode != 0)
    {
        throw new InvalidOperationException($"helm template failed ({process.ExitCode}): {error}");
    }

    var rss = error.Split('\n').Last(l => l.StartsWith("peak-rss-kib=", StringComparison.Ordinal))["peak-rss-kib=".Length..];
    return (elapsed, long.Parse(rss, CultureInfo.InvariantCulture));
}

(double WallMs, long PeakRssKiB, string Summary) Render(string stack)
{
    string[] render = ["render", stack, "--dir", work, "--out", Path.Combine(work, "out", stack)];
    var start = cli.EndsWith(".dll", StringComparison.Ordinal) ? new ProcessStartInfo("dotnet", [cli, .. render]) : new ProcessStartInfo(cli, render);
    start.RedirectStandardOutput = true;
    start.RedirectStandardError = true;
    start.Environment["RESEARCH_PLATFORM_STATS"] = "1";
    var clock = Stopwatch.StartNew();
    using var process = Process.Start(start)!;
    var output = process.StandardOutput.ReadToEnd();
    var error = process.StandardError.ReadToEnd();
    process.WaitForExit();
    var elapsed = clock.Elapsed.TotalMilliseconds;
    if (process.ExitCode != 0)
    {
        throw new InvalidOperationException($"render {stack} failed ({process.ExitCode}): {error}");
    }

    var rss = error.Split('\n').First(l => l.StartsWith("peak-rss-kib=", StringComparison.Ordinal))["peak-rss-kib=".Length..];
    var summary = output.Split(':', 2)[1].Split("->")[0].Trim();
    return (elapsed, long.Parse(rss, CultureInfo.InvariantCulture), summary);
}

static string FindRoot()
{
    for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
    {
        if (File.Exists(Path.Combine(dir.FullName, "ResearchPlatform.sln")))
        {
            return dir.FullName;
        }
    }

    throw new InvalidOperationException("run the benchmark from inside the repository");
}
