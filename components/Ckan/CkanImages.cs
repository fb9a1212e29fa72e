namespace ResearchPlatform.Components.Ckan;

/// <summary>
/// The upstream images of CKAN's search, pinned by tag and digest in one place (taken from public
/// pins: re-resolve with <c>crane digest</c> against the site's registry mirror before the first
/// deployment). CKAN itself is the platform's derived image (<c>images/ckan/</c>), whose digest the stack names.
/// </summary>
public static class CkanImages
{
    /// <summary>Solr 9 with CKAN's schema and a ready <c>ckan</c> core (the CKAN project's image).</summary>
    public const string Solr = "docker.io/ckan/ckan-solr:2.11-solr9@sha256:ef8e5d3e6be1678cfe50ceb14a8ebf16c36d44aac2de1086a285ce6807af64e6";
}
