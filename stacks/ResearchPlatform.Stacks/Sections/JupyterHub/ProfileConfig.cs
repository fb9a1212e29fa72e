namespace ResearchPlatform.Stacks.Sections.JupyterHub;

/// <summary><c>research-platform:jupyterhub.profiles[i]</c>: a server profile users can start.</summary>
public sealed record ProfileConfig
{
    /// <summary>
    /// The defaults: the paper's Basic and Data Science environments from Jupyter Docker Stacks,
    /// pinned by digest (the tag is for people; the digest decides what runs).
    /// </summary>
    public static IReadOnlyList<ProfileConfig> Defaults { get; } =
    [
        new()
        {
            Slug = "basic",
            Name = "Basic",
            Description = "Python and JupyterLab: 0.5-2 CPU, 1-4 GiB",
            Image = "quay.io/jupyter/minimal-notebook:2025-12-31@sha256:a153ceb6b41db4f86b7d7dc20c7b63d08e75e2038d5e8758b954fda50ed2e18d",
            Default = true,
        },
        new()
        {
            Slug = "data-science",
            Name = "Data Science",
            Description = "SciPy stack, pandas, scikit-learn: 1-4 CPU, 4-16 GiB",
            Image = "quay.io/jupyter/scipy-notebook:2025-12-31@sha256:1a91a693c8cb086f3607f2ed38a2743ecd53dd1dac2d3e84e6cd647b33fd2bba",
            CpuGuarantee = 1,
            CpuLimit = 4,
            MemoryGuaranteeGiB = 4,
            MemoryLimitGiB = 16,
        },
    ];

    /// <summary>A short name, a DNS label; tiers list profiles by it.</summary>
    public required string Slug { get; init; }

    /// <summary>The name users see.</summary>
    public required string Name { get; init; }

    public string Description { get; init; } = "";

    /// <summary>The image pinned by tag and digest: <c>registry/name:tag@sha256:&lt;64 hex&gt;</c>.</summary>
    public required string Image { get; init; }

    /// <summary>CPUs guaranteed. Default: 0.5.</summary>
    public double CpuGuarantee { get; init; } = 0.5;

    /// <summary>CPU limit. Default: 2.</summary>
    public double CpuLimit { get; init; } = 2;

    /// <summary>Memory guaranteed in GiB. Default: 1.</summary>
    public double MemoryGuaranteeGiB { get; init; } = 1;

    /// <summary>Memory limit in GiB. Default: 4.</summary>
    public double MemoryLimitGiB { get; init; } = 4;

    /// <summary>NVIDIA GPUs; GPU profiles run on the GPU pool. Default: 0.</summary>
    public int Gpus { get; init; }

    /// <summary>Pre-selected in the profile list. Default: false.</summary>
    public bool Default { get; init; }
}
