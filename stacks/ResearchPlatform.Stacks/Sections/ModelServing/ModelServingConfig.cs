namespace ResearchPlatform.Stacks.Sections.ModelServing;

/// <summary><c>research-platform:modelServing</c>: trained models served over REST (the V2 inference protocol).</summary>
public sealed record ModelServingConfig
{
    /// <summary>The endpoint's host name, one label under the platform domain (<c>models.dsp.uni-example.edu</c>).</summary>
    public required string Hostname { get; init; }

    /// <summary>The bucket of <c>research-platform:objectStorage.buckets</c> the models are loaded from. Default: <c>models</c>.</summary>
    public string Bucket { get; init; } = "models";

    /// <summary>The platform's model server image (MLServer, its runtimes and the loader, built from <c>images/model-server/</c>), pinned by tag and digest.</summary>
    public required string ServerImage { get; init; }

    /// <summary>The models served.</summary>
    public IReadOnlyList<ModelConfig> Models { get; init; } = [];
}
