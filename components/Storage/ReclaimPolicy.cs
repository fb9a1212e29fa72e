namespace ResearchPlatform.Components.Storage;

/// <summary>What happens to a volume's data when its claim is deleted.</summary>
public enum ReclaimPolicy
{
    /// <summary>The volume is deleted with its claim.</summary>
    Delete,

    /// <summary>The volume and its data stay until an administrator removes them.</summary>
    Retain,
}
