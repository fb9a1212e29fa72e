namespace ResearchPlatform.Components.JupyterHub;

/// <summary>A server profile: a pinned image and its resources.</summary>
public sealed record HubProfile
{
    public required string Slug { get; init; }

    public required string Name { get; init; }

    public required string Description { get; init; }

    /// <summary><c>registry/name:tag@sha256:digest</c>.</summary>
    public required string Image { get; init; }

    public required double CpuGuarantee { get; init; }

    public required double CpuLimit { get; init; }

    public required double MemoryGuaranteeGiB { get; init; }

    public required double MemoryLimitGiB { get; init; }

    public required int Gpus { get; init; }

    public required bool IsDefault { get; init; }

    /// <summary>The image name without tag and digest.</summary>
    public string ImageName => Image[..Image.LastIndexOf(':', Image.IndexOf('@'))];

    /// <summary>The tag and digest, <c>tag@sha256:...</c>.</summary>
    public string ImageTag => Image[(Image.LastIndexOf(':', Image.IndexOf('@')) + 1)..];
}
