namespace ResearchPlatform.Components.JupyterHub;

/// <summary>
/// Homes that come along with their SVM (ONTAP SVM-DR) rather than per claim: the hub records in its
/// own database, which the platform PostgreSQL replicates to the other site, which qtree each user's
/// claim is and which cluster recorded it. A claim missing in another cluster gets Trident's import
/// annotations for its qtree, so the spawner reconnects the home instead of creating an empty one.
/// </summary>
/// <param name="Backend">The TridentBackendConfig of the homes' SVM at this site, whose backend UUID an import names.</param>
public sealed record HubHomeRecovery(Storage.TridentBackendHandle Backend);
