namespace ResearchPlatform.Tests.Support;

/// <summary>Stack texts with CKAN on.</summary>
public static class CkanStacks
{
    /// <summary>The minimal stack with CKAN.</summary>
    public static string Minimal { get; } = TestStacks.MinimalWith("  research-platform:jupyterhub:\n", """
          research-platform:ckan:
            hostname: data.test.example
            image: registry.test.example/research-platform/ckan:2.11.4-1@sha256:3e8f1a2b4c6d8e0f1a3b5c7d9e1f3a5b7c9d1e3f5a7b9c1d3e5f7a9b1c3d5e7f
            searchTier: researcher
            apiTokenSecret:
              secure: v1:AAAAAAAAAAAAAAAA:TTTTTTTTTTTTTTTTTTTTTTTT
            sessionSecret:
              secure: v1:SSSSSSSSSSSSSSSS:EEEEEEEEEEEEEEEEEEEEEEEE
            csrfSecret:
              secure: v1:CCCCCCCCCCCCCCCC:FFFFFFFFFFFFFFFFFFFFFFFF
          research-platform:jupyterhub:

        """);

    /// <summary><see cref="Minimal"/> with <paramref name="oldText"/> replaced by <paramref name="newText"/>.</summary>
    /// <exception cref="ArgumentException"><paramref name="oldText"/> is not in the stack.</exception>
    public static string With(string oldText, string newText) => Minimal.Contains(oldText, StringComparison.Ordinal)
        ? Minimal.Replace(oldText, newText, StringComparison.Ordinal)
        : throw new ArgumentException($"the CKAN stack has no '{oldText}'", nameof(oldText));
}
