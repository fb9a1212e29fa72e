using ResearchPlatform.Components.Plan.Resources;

namespace ResearchPlatform.Components.JupyterHub;

/// <summary>The hub's chart, pinned to an exact version.</summary>
public static class JupyterHubCharts
{
    /// <summary>Zero to JupyterHub 4.4.0 (JupyterHub 5.5).</summary>
    public static readonly HelmChart ZeroToJupyterHub = new("https://hub.jupyter.org/helm-chart/", "jupyterhub", "4.4.0");
}
