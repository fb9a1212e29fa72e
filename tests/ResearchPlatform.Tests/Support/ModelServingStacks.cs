namespace ResearchPlatform.Tests.Support;

/// <summary>Stack texts with the model endpoint on.</summary>
public static class ModelServingStacks
{
    /// <summary>A server image pinned the way the images workflow prints it.</summary>
    public const string ServerImage = "registry.test.example/research-platform/model-server:1.0.0@sha256:5b0f3c1d9e2a4b6c8d0e1f2a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d6e";

    /// <summary>The minimal stack with a models bucket and one model served from it.</summary>
    public static string Minimal { get; } = TestStacks.MinimalWith("      - name: research\n  research-platform:jupyterhub:", $"""
              - name: research
              - name: models
                versioning: true
          research-platform:modelServing:
            hostname: models.test.example
            serverImage: {ServerImage}
            models:
              - name: iris
                runtime: sklearn
                location: s3://models/iris/v1/
          research-platform:jupyterhub:
        """);

    /// <summary><see cref="Minimal"/> with <paramref name="oldText"/> replaced by <paramref name="newText"/>.</summary>
    /// <exception cref="ArgumentException"><paramref name="oldText"/> is not in the stack.</exception>
    public static string With(string oldText, string newText) => Minimal.Contains(oldText, StringComparison.Ordinal)
        ? Minimal.Replace(oldText, newText, StringComparison.Ordinal)
        : throw new ArgumentException($"the model serving stack has no '{oldText}'", nameof(oldText));
}
