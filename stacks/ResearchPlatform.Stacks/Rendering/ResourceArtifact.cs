namespace ResearchPlatform.Stacks.Rendering;

/// <summary>A file rendered beside a resource's descriptor.</summary>
/// <param name="Property">The property the file shows, left out of the descriptor; null when it adds a view.</param>
/// <param name="Suffix">The file name after the resource name (<c>values.yaml</c>).</param>
/// <param name="Content">The file's bytes, UTF-8 text as written: each is encoded on the core that rendered it.</param>
public sealed record ResourceArtifact(string? Property, string Suffix, ReadOnlyMemory<byte> Content);
