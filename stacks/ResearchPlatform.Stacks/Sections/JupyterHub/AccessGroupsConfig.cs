namespace ResearchPlatform.Stacks.Sections.JupyterHub;

/// <summary><c>research-platform:jupyterhub.authentication.groups</c>: who may log in, and as what.</summary>
public sealed record AccessGroupsConfig
{
    /// <summary>Students get the student tier.</summary>
    public required string Students { get; init; }

    /// <summary>Researchers get the researcher tier.</summary>
    public required string Researchers { get; init; }

    /// <summary>Hub administrators (they get the researcher tier).</summary>
    public required string Admins { get; init; }
}
