namespace ResearchPlatform.Tests.Support;

/// <summary>Test stacks for the checkmk section.</summary>
public static class CheckmkStacks
{
    /// <summary>The minimal stack with the Checkmk agent.</summary>
    public static string Minimal { get; } = TestStacks.MinimalWith("  research-platform:jupyterhub:\n", """
          research-platform:checkmk:
            collectorAddress: 10.0.0.102
            server: 10.40.5.20
          research-platform:jupyterhub:

        """);

    /// <summary><see cref="Minimal"/> with <paramref name="oldText"/> replaced by <paramref name="newText"/>.</summary>
    /// <exception cref="ArgumentException"><paramref name="oldText"/> is not in the stack.</exception>
    public static string With(string oldText, string newText) => Minimal.Contains(oldText, StringComparison.Ordinal)
        ? Minimal.Replace(oldText, newText, StringComparison.Ordinal)
        : throw new ArgumentException($"the Checkmk stack has no '{oldText}'", nameof(oldText));
}
