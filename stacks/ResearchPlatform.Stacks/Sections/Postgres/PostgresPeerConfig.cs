namespace ResearchPlatform.Stacks.Sections.Postgres;

/// <summary>
/// <c>research-platform:postgres.backup.peer</c>: the other site's backups as this site reads them: the
/// bucket ONTAP SnapMirror S3 mirrors to this site's store (read-only here), and the name the other
/// site archives under (its <c>site.name</c>). A standby replicates from it; a recovering site
/// promotes from it, or restores from it when it was never a standby.
/// </summary>
public sealed record PostgresPeerConfig
{
    /// <summary>The other site's name, which its cluster archives under (<c>north</c>).</summary>
    public required string Site { get; init; }

    /// <summary>The mirror of the other site's backup bucket in this site's store (<c>dsp-postgres-north-mirror</c>).</summary>
    public required string Bucket { get; init; }
}
