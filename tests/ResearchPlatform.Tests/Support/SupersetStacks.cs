namespace ResearchPlatform.Tests.Support;

/// <summary>Stack texts with Superset on.</summary>
public static class SupersetStacks
{
    /// <summary>The minimal stack with Superset.</summary>
    public static string Minimal { get; } = TestStacks.MinimalWith("  research-platform:jupyterhub:\n", """
          research-platform:superset:
            hostname: superset.test.example
            image: registry.test.example/research-platform/superset:6.1.0-1@sha256:7c2d9e4f1a3b5c6d8e0f2a4b6c8d0e1f3a5b7c9d1e3f5a7b9c1d3e5f7a9b1c3d
            secretKey:
              secure: v1:SSSSSSSSSSSSSSSS:KKKKKKKKKKKKKKKKKKKKKKKK
          research-platform:jupyterhub:

        """);

    /// <summary><see cref="Minimal"/> with <paramref name="oldText"/> replaced by <paramref name="newText"/>.</summary>
    /// <exception cref="ArgumentException"><paramref name="oldText"/> is not in the stack.</exception>
    public static string With(string oldText, string newText) => Minimal.Contains(oldText, StringComparison.Ordinal)
        ? Minimal.Replace(oldText, newText, StringComparison.Ordinal)
        : throw new ArgumentException($"the Superset stack has no '{oldText}'", nameof(oldText));
}
