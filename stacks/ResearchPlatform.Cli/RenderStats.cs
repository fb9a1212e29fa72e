using System.Diagnostics;

namespace ResearchPlatform.Cli;

/// <summary>
/// For the benchmark (<c>RESEARCH_PLATFORM_STATS=1</c>): how long each step of a render took, and
/// what it allocated, on stderr. Measuring where the time goes instead of guessing; otherwise nothing.
/// </summary>
public sealed class RenderStats
{
    private readonly TextWriter error;
    private readonly Stopwatch clock = Stopwatch.StartNew();
    private TimeSpan last;
    private long allocated;

    private RenderStats(TextWriter error) => this.error = error;

    /// <summary>A recorder when the benchmark asked for one, else null.</summary>
    public static RenderStats? Start(TextWriter error) =>
        Environment.GetEnvironmentVariable("RESEARCH_PLATFORM_STATS") == "1" ? new RenderStats(error) : null;

    /// <summary>Ends the step called <paramref name="step"/>: its wall time, bytes allocated and collections so far.</summary>
    public void Step(string step)
    {
        var now = clock.Elapsed;
        var bytes = GC.GetTotalAllocatedBytes();
        error.WriteLine($"phase {step}: {(now - last).TotalMilliseconds:F1} ms, {(bytes - allocated) / 1048576.0:F1} MiB allocated, gc {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)} paused {GC.GetTotalPauseDuration().TotalMilliseconds:F1} ms, since start of process {(DateTime.Now - Process.GetCurrentProcess().StartTime).TotalMilliseconds:F0} ms");
        last = now;
        allocated = bytes;
    }
}
