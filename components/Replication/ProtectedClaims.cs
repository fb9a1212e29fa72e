namespace ResearchPlatform.Components.Replication;

/// <summary>
/// A set of claims mirrored to the other site: one Trident Protect application of the claims (and
/// their volumes) in <see cref="Namespace"/> that carry <see cref="Label"/>, or of all of them. It
/// selects by label, never by name, so claims a spawner creates later are covered when they appear.
/// </summary>
/// <param name="Name">The application's name (<c>homes-researcher</c>), the same at both sites.</param>
/// <param name="Namespace">The claims' namespace, the same at both sites.</param>
/// <param name="StorageClass">The replicated tier's StorageClass the mirrored claims get.</param>
/// <param name="Label">The label (key and value) the claims carry, or null for every claim in the namespace.</param>
public sealed record ProtectedClaims(string Name, string Namespace, string StorageClass, (string Key, string Value)? Label)
{
    /// <summary>The label as a selector string (<c>research-platform/tier=researcher</c>), or null.</summary>
    public string? Selector => Label is { } label ? $"{label.Key}={label.Value}" : null;
}
