using ResearchPlatform.Stacks.Sections.JupyterHub;

namespace ResearchPlatform.Stacks.Config;

/// <summary>The jupyterhub section's key in the stack config (the section adds it; the binder finds it).</summary>
public sealed partial record StackConfig
{
    /// <summary><c>research-platform:jupyterhub</c>: the hub.</summary>
    [ConfigKey("jupyterhub")]
    public required JupyterHubConfig JupyterHub { get; init; }
}
