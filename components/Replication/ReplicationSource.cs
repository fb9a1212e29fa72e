namespace ResearchPlatform.Components.Replication;

/// <summary>Where a mirroring site's claims come from: the source site's vault and its applications.</summary>
/// <param name="Vault">The source site's AppVault, as the source defines it.</param>
/// <param name="ApplicationUids">The UID of each source application, by <see cref="ProtectedClaims.Name"/>: Trident Protect ties a mirror to that one object.</param>
public sealed record ReplicationSource(ProtectVault Vault, IReadOnlyDictionary<string, string> ApplicationUids);
