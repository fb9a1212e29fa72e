namespace ResearchPlatform.Components.JupyterHub;

/// <summary>A department drive mounted into the notebooks of its group's members.</summary>
/// <param name="Name">The share's name.</param>
/// <param name="Group">The AD group DN whose members get it.</param>
/// <param name="ClaimName">The claim in the hub's namespace.</param>
/// <param name="ReadOnly">Whether it is mounted read-only.</param>
public sealed record HubShareMount(string Name, string Group, string ClaimName, bool ReadOnly)
{
    /// <summary>Where notebooks see the drive.</summary>
    public string MountPath => $"/home/jovyan/shares/{Name}";
}
