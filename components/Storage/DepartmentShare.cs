using ResearchPlatform.Components.Plan.Values;

namespace ResearchPlatform.Components.Storage;

/// <summary>A department's SMB share, mounted as a static volume and claim.</summary>
public sealed record DepartmentShare
{
    public required string Name { get; init; }

    public required string Server { get; init; }

    public required string Share { get; init; }

    public required string SubDirectory { get; init; }

    /// <summary>The AD group (full DN) whose members get the drive.</summary>
    public required string Group { get; init; }

    public required bool ReadOnly { get; init; }

    /// <summary>The announced size, a Kubernetes quantity.</summary>
    public required string Capacity { get; init; }

    public required string Username { get; init; }

    public required string Domain { get; init; }

    /// <summary>The mount account's password: a secret reference.</summary>
    public required PlanValue Password { get; init; }

    /// <summary>The UNC-style source the CSI driver mounts, <c>//server/share</c>.</summary>
    public string Source => $"//{Server}/{Share}";

    /// <summary>
    /// The CSI volume handle, unique per share and sub-directory: two volumes with one handle would
    /// share one mount on a node.
    /// </summary>
    public string VolumeHandle => $"{Server}/{Share}/{SubDirectory}#{Name}";
}
