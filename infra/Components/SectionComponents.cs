using ResearchPlatform.Stacks.Sections;
using ResearchPlatform.Stacks.Sections.JupyterHub;
using HubArgs = ResearchPlatform.Components.JupyterHub.JupyterHubArgs;

namespace ResearchPlatform.Infra.Components;

/// <summary>
/// The typed component of each section, as the stack program builds it from the section's design:
/// a section registered in <see cref="PlatformSections"/> gets its line here.
/// </summary>
public static class SectionComponents
{
    /// <summary>Creates the typed component of <paramref name="design"/> on the base platform.</summary>
    /// <exception cref="InvalidOperationException">The section has no typed component yet.</exception>
    public static PlatformComponentResource Create(SectionDesign design, KubernetesCluster cluster, PlatformNamespaces namespaces, Storage storage) => design.Section switch
    {
        JupyterHubSection => new JupyterHub("jupyterhub", new JupyterHubArgs { Cluster = cluster, Namespaces = namespaces, Storage = storage, Hub = (HubArgs)design.Args }),
        _ => throw new InvalidOperationException($"section '{design.Section.Key}' has no typed component: add it to {nameof(SectionComponents)}"),
    };
}
