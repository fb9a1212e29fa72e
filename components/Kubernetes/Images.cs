namespace ResearchPlatform.Components.Kubernetes;

/// <summary>Image references as charts and operators take them apart.</summary>
public static class Images
{
    /// <summary>
    /// <c>registry/name:tag@sha256:…</c> as (<c>registry/name</c>, <c>tag@sha256:…</c>): the tag value
    /// carries the digest, so a chart that writes <c>repository:tag</c> writes the pinned reference.
    /// </summary>
    /// <exception cref="ArgumentException">The reference has no tag.</exception>
    public static (string Repository, string Tag) Split(string image)
    {
        var at = image.IndexOf('@');
        var colon = image.LastIndexOf(':', at < 0 ? image.Length - 1 : at);
        return colon > image.LastIndexOf('/') && colon > 0
            ? (image[..colon], image[(colon + 1)..])
            : throw new ArgumentException($"image '{image}' has no tag: pin it as registry/name:tag@sha256:<digest>", nameof(image));
    }
}
