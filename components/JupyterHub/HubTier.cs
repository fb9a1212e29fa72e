namespace ResearchPlatform.Components.JupyterHub;

/// <summary>What the members of some groups get. Tiers are tried in order; the first whose group a user is in wins.</summary>
/// <param name="Name">The tier name (<c>researcher</c>, <c>student</c>).</param>
/// <param name="Groups">The groups that grant it: AD group DNs, or OIDC group claim values.</param>
/// <param name="StorageClass">The StorageClass of the users' home volumes.</param>
/// <param name="Capacity">The home volume's size.</param>
/// <param name="Profiles">The profile slugs these users may start.</param>
public sealed record HubTier(string Name, IReadOnlyList<string> Groups, string StorageClass, string Capacity, IReadOnlyList<string> Profiles)
{
    /// <summary>
    /// How the tier's homes are found again at another site when nothing mirrors them per claim
    /// (qtrees, which come along with their whole SVM); null when they need nothing from the hub.
    /// </summary>
    public HubHomeRecovery? Homes { get; init; }
}
