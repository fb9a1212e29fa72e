using k8s.Models;
using ResearchPlatform.Components.Entry;
using ResearchPlatform.Components.Identity;
using ResearchPlatform.Components.Kubernetes;
using ResearchPlatform.Components.ObjectStorage;
using ResearchPlatform.Components.Plan;
using ResearchPlatform.Components.Plan.Resources;
using ResearchPlatform.Components.Plan.Values;
using ResearchPlatform.Components.Postgres;
using ResearchPlatform.Components.Valkey;

namespace ResearchPlatform.Components.Ckan;

/// <summary>
/// CKAN, the data catalog, from Keitaro's chart (pinned, its Bitnami subcharts off): the catalog and
/// DataStore databases on the platform PostgreSQL, Solr and Valkey beside it, uploads in S3, sign-in
/// through the broker with the platform's groups as CKAN roles, and the DataStore permissions applied
/// after every release. The keys that sign sessions and API tokens come from config, so both sites
/// honour the same ones.
/// </summary>
public static class Ckan
{
    public const string Type = "research-platform:ckan:Ckan";

    /// <summary>The namespace CKAN runs in.</summary>
    public const string Namespace = "ckan";

    /// <summary>The bucket uploads are kept in.</summary>
    public const string Bucket = "ckan-uploads";

    /// <summary>CKAN's Service and its port, as the chart names them.</summary>
    public const string Service = "ckan";

    /// <summary>The Service's port.</summary>
    public const int Port = 80;

    /// <summary>The pods' port behind it.</summary>
    public const int PodPort = 5000;

    /// <summary>The path of the API, as notebooks call it.</summary>
    public const string ApiPath = "/api/3/action";

    /// <summary>What CKAN waits for: its namespace, the Gateway, the broker, the database, the S3 store, the issuer and the storage class.</summary>
    public static KubernetesWiring Wiring(CkanArgs args, PlanResource provider, PlanComponent namespaces, GatewayHandle gateway, IdentityHandle identity, PostgresHandle postgres, ObjectStorageHandle storage, PlanResource storageClass) => new(provider)
    {
        After =
        [
            Platform.Namespaces.Of(namespaces, args.Namespace),
            gateway.Ready,
            identity.Ready,
            postgres.Ready,
            storageClass,
            .. storage.Ready is { } store ? [store] : Array.Empty<PlanResource>(),
        ],
    };

    /// <exception cref="ArgumentException">The S3 store has no uploads bucket, or a handle lacks CKAN's roles or client.</exception>
    public static PlanComponent Build(CkanArgs args, KubernetesWiring on, GatewayHandle gateway, IdentityHandle identity, PostgresHandle postgres, ObjectStorageHandle storage, IssuerHandle issuer, string name = "ckan")
    {
        _ = storage.Bucket(args.Bucket, $"CKAN at {args.Hostname}");

        var keys = storage.KeysOf(args.StorageIdentity);
        var sysadmin = new PlanResource { Name = "ckan-sysadmin-password", Spec = new GeneratedSecretSpec { Format = GeneratedSecretFormat.Password, Length = 32 } };
        var platform = on.Secret("ckan-platform", args.Namespace,
            ("oauth-client-secret", identity.Secret(args.ClientId)),
            ("s3-access-key-id", keys.AccessKeyId),
            ("s3-secret-access-key", keys.SecretAccessKey));

        // The chart keeps this Secret across upgrades (it reads it back with lookup); written here with
        // Helm's ownership marks, the release adopts it, so both sites sign with the configured keys.
        var session = on.Secret("session-secret", args.Namespace,
            ("jwt_encode", Plan.Values.PlanValues.Text("string:", args.ApiTokenSecret)),
            ("jwt_decode", Plan.Values.PlanValues.Text("string:", args.ApiTokenSecret)),
            ("session_secret", args.SessionSecret),
            ("wtf_csrf_secret", args.CsrfSecret));
        session = session with
        {
            Spec = ((KubernetesSecretSpec)session.Spec) with
            {
                Labels = [KeyValuePair.Create("app.kubernetes.io/managed-by", "Helm")],
                Annotations = [KeyValuePair.Create("meta.helm.sh/release-name", "ckan"), KeyValuePair.Create("meta.helm.sh/release-namespace", args.Namespace)],
            },
        };
        var (valkeyResources, valkey) = ValkeyCache.Build("ckan-valkey", args.Namespace, on, issuer);
        var solr = on.Manifest(SolrServer.Name, [], [.. SolrServer.Objects(args.Namespace, args.SearchStorageClass, args.SearchSize)]) with { Options = PlanResourceOptions.Stateful };
        var release = new PlanResource
        {
            Name = "ckan",
            Provider = on.ProviderName,
            DependsOn = [sysadmin.Name, platform.Name, session.Name, solr.Name, valkey.Ready.Name, .. on.AfterNames],
            Spec = new HelmReleaseSpec
            {
                ReleaseName = "ckan",
                Chart = args.Chart,
                Namespace = args.Namespace,
                TimeoutSeconds = 900,
                Values = CkanValues.Build(args, identity.Issuer, postgres, storage, valkey, SolrServer.Url(args.Namespace), sysadmin.Output("result")),
            },
        };
        var permissions = on.Manifest("ckan-datastore-permissions", [release], Permissions(args));
        var route = new PlanResource
        {
            Name = "ckan-route",
            Provider = on.ProviderName,
            DependsOn = [release.Name, gateway.Ready.Name],
            Spec = new KubernetesManifestSpec { Objects = [HttpRoutes.To(gateway, "ckan", args.Namespace, args.Hostname, Service, Port)] },
        };
        return new PlanComponent(Type, name, [sysadmin, platform, session, .. valkeyResources, solr, release, permissions, route]);
    }

    // `ckan datastore set-permissions`, applied by the image's script as each database's owner.
    // Named after the chart version, so a chart upgrade runs it again.
    private static PlanValue Permissions(CkanArgs args) => KubernetesObjects.ToPlanValue(new V1Job
    {
        ApiVersion = "batch/v1",
        Kind = "Job",
        Metadata = new V1ObjectMeta { Name = $"ckan-datastore-permissions-{args.Chart.Version.Replace('.', '-')}", NamespaceProperty = args.Namespace },
        Spec = new V1JobSpec
        {
            BackoffLimit = 6,
            ActiveDeadlineSeconds = 900,
            Template = new V1PodTemplateSpec
            {
                Metadata = new V1ObjectMeta { Labels = new Dictionary<string, string> { ["app.kubernetes.io/name"] = "ckan-datastore-permissions" } },
                Spec = new V1PodSpec
                {
                    RestartPolicy = "OnFailure",
                    AutomountServiceAccountToken = false,
                    SecurityContext = RestrictedContainer.PodSecurityContext(CkanValues.UserId, CkanValues.UserId),
                    Containers =
                    [
                        new V1Container
                        {
                            Name = "set-permissions",
                            Image = args.Image,
                            Command = ["python3", "/opt/research-platform/set_datastore_permissions.py"],
                            Env =
                            [
                                new V1EnvVar { Name = "CKAN__PLUGINS", Value = "datastore" },
                                Credential("CKAN_SQLALCHEMY_URL", "ckanSqlAlchemyUrl"),
                                Credential("CKAN_DATASTORE_WRITE_URL", "ckanDatastoreWriteUrl"),
                                Credential("CKAN_DATASTORE_READ_URL", "ckanDatastoreReadUrl"),
                                new V1EnvVar { Name = "CKAN_SITE_URL", Value = $"https://{args.Hostname}" },
                                new V1EnvVar { Name = "CKAN_SOLR_URL", Value = SolrServer.Url(args.Namespace) },
                            ],
                            SecurityContext = RestrictedContainer.SecurityContext(writableRoot: true),
                            Resources = ContainerResources.Requirements("50m", "256Mi", "500m", "512Mi"),
                        },
                    ],
                },
            },
        },
    });

    // The chart's own Secret of database URLs.
    private static V1EnvVar Credential(string name, string key) =>
        new() { Name = name, ValueFrom = new V1EnvVarSource { SecretKeyRef = new V1SecretKeySelector { Name = "ckancredentials", Key = key } } };
}
