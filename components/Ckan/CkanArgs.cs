using ResearchPlatform.Components.Identity;
using ResearchPlatform.Components.Plan.Values;

namespace ResearchPlatform.Components.Ckan;

/// <summary>Inputs of <see cref="Ckan"/>.</summary>
public sealed record CkanArgs
{
    /// <summary>The catalog's host name, one label under the platform domain.</summary>
    public required string Hostname { get; init; }

    /// <summary>The platform's CKAN image (<c>images/ckan/</c>), pinned by tag and digest.</summary>
    public required string Image { get; init; }

    /// <summary>What the catalog calls itself.</summary>
    public required string SiteTitle { get; init; }

    /// <summary>The platform's role groups, as the broker names them.</summary>
    public required PlatformRoles Roles { get; init; }

    /// <summary>The key that signs API tokens (a secret reference): tokens issued at one site work at the other.</summary>
    public required PlanValue ApiTokenSecret { get; init; }

    /// <summary>The key that signs session cookies (a secret reference).</summary>
    public required PlanValue SessionSecret { get; init; }

    /// <summary>The key that signs CSRF tokens (a secret reference).</summary>
    public required PlanValue CsrfSecret { get; init; }

    /// <summary>The StorageClass of Solr's index volume.</summary>
    public required string SearchStorageClass { get; init; }

    /// <summary>The size of Solr's index volume. Default: 20Gi.</summary>
    public string SearchSize { get; init; } = "20Gi";

    /// <summary>The catalog database (and role). Default: <c>ckan</c>.</summary>
    public string Database { get; init; } = "ckan";

    /// <summary>The DataStore database, written by its owner role of the same name. Default: <c>ckan_datastore</c>.</summary>
    public string Datastore { get; init; } = "ckan_datastore";

    /// <summary>The DataStore's read-only role. Default: <c>ckan_datastore_ro</c>.</summary>
    public string DatastoreReader { get; init; } = "ckan_datastore_ro";

    /// <summary>The bucket uploads are kept in.</summary>
    public string Bucket { get; init; } = Ckan.Bucket;

    /// <summary>The S3 identity that writes the uploads.</summary>
    public string StorageIdentity { get; init; } = "ckan";

    /// <summary>The broker client of the catalog.</summary>
    public string ClientId { get; init; } = "ckan";

    /// <summary>The namespace. Default: <c>ckan</c>.</summary>
    public string Namespace { get; init; } = Ckan.Namespace;

    /// <summary>The chart.</summary>
    public Plan.Resources.HelmChart Chart { get; init; } = CkanCharts.Ckan;
}
