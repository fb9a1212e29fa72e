namespace ResearchPlatform.Stacks.Sections.JupyterHub;

/// <summary><c>research-platform:jupyterhub.gateway</c>: the Gateway API gateway that terminates TLS.</summary>
public sealed record GatewayRefConfig
{
    /// <summary>The Gateway's name.</summary>
    public required string Name { get; init; }

    /// <summary>The Gateway's namespace.</summary>
    public required string Namespace { get; init; }

    /// <summary>The gateway listener (section) for HTTPS. Default: <c>https</c>.</summary>
    public string SectionName { get; init; } = "https";
}
