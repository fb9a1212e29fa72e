using ResearchPlatform.Components.ModelServing;

namespace ResearchPlatform.Stacks.Sections.ModelServing;

/// <summary><c>research-platform:modelServing.models[]</c>: one model and its servers.</summary>
public sealed record ModelConfig
{
    /// <summary>A DNS label: the model's path (<c>https://&lt;host&gt;/&lt;name&gt;/</c>) and its V2 name.</summary>
    public required string Name { get; init; }

    /// <summary><c>sklearn</c>, <c>xgboost</c>, <c>lightgbm</c> or <c>mlflow</c>: the runtime that loads the files.</summary>
    public required ModelRuntime Runtime { get; init; }

    /// <summary>Where its files are: <c>s3://&lt;models bucket&gt;/&lt;prefix&gt;/</c>.</summary>
    public required string Location { get; init; }

    /// <summary>How many servers answer for it. Default: 2, so draining a node keeps it up.</summary>
    public int Replicas { get; init; } = 2;

    /// <summary>CPU each server asks for; it may burst to four times that. Default: 500m.</summary>
    public string Cpu { get; init; } = "500m";

    /// <summary>Memory each server asks for and is limited to. Default: 2Gi.</summary>
    public string Memory { get; init; } = "2Gi";
}
