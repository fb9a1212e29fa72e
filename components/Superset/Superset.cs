using k8s.Models;
using ResearchPlatform.Components.Entry;
using ResearchPlatform.Components.Identity;
using ResearchPlatform.Components.Kubernetes;
using ResearchPlatform.Components.Plan;
using ResearchPlatform.Components.Plan.Resources;
using ResearchPlatform.Components.Plan.Values;
using ResearchPlatform.Components.Postgres;
using ResearchPlatform.Components.Valkey;
using static ResearchPlatform.Components.Plan.Values.PlanValues;

namespace ResearchPlatform.Components.Superset;

/// <summary>
/// Apache Superset through its Kubernetes operator (pinned, API <c>v1alpha1</c>): one <c>Superset</c>
/// resource in <c>Production</c> mode, its metastore on the platform PostgreSQL, a Valkey of its own
/// for cache and Celery, the research database registered as a data source, sign-in through the
/// broker. The secret key that encrypts stored credentials comes from config, so the DR site reads them.
/// </summary>
public static class Superset
{
    public const string Type = "research-platform:superset:Superset";

    /// <summary>The namespace Superset runs in.</summary>
    public const string Namespace = "superset";

    /// <summary>The operator's namespace.</summary>
    public const string OperatorNamespace = "superset-operator";

    /// <summary>The web server's port.</summary>
    public const int Port = 8088;

    /// <summary>What the research database is called in Superset.</summary>
    public const string ResearchDataSource = "Research database";

    /// <summary>The image's own user.</summary>
    public const long UserId = 1000;

    private const string CaPath = "/etc/research-platform/ca";

    /// <summary>What Superset waits for: both namespaces, the Gateway, the broker, the database and the issuer.</summary>
    public static KubernetesWiring Wiring(SupersetArgs args, PlanResource provider, PlanComponent namespaces, GatewayHandle gateway, IdentityHandle identity, PostgresHandle postgres) => new(provider)
    {
        After =
        [
            Platform.Namespaces.Of(namespaces, args.OperatorNamespace),
            Platform.Namespaces.Of(namespaces, args.Namespace),
            gateway.Ready,
            identity.Ready,
            postgres.Ready,
        ],
    };

    /// <exception cref="ArgumentException">The image is not pinned, or a handle lacks Superset's role or client.</exception>
    public static PlanComponent Build(SupersetArgs args, KubernetesWiring on, GatewayHandle gateway, IdentityHandle identity, PostgresHandle postgres, IssuerHandle issuer, string name = "superset")
    {
        if (args.Image.LastIndexOf(':') is var colon && (colon < 0 || !args.Image.Contains("@sha256:", StringComparison.Ordinal)))
        {
            throw new ArgumentException($"Superset at {args.Hostname}: image '{args.Image}' must be pinned by tag and digest", nameof(args));
        }

        var release = on.Release("superset-operator", args.Chart, args.OperatorNamespace, [], Map(
            ("image", Map(("repository", SupersetImages.OperatorRepository), ("tag", SupersetImages.OperatorTag))),
            ("resources", ContainerResources.Of("10m", "64Mi", "500m", "256Mi"))));
        var (valkeyResources, valkey) = ValkeyCache.Build("superset-valkey", args.Namespace, on, issuer);
        var database = (string user, string db) => Text(
            $"postgresql+psycopg2://{user}:", postgres.Password(user),
            $"@{postgres.Host}:{postgres.Port}/{db}?sslmode=verify-full&sslrootcert={CaPath}/postgres-ca.crt");
        List<PlanResource> secrets =
        [
            on.Secret("superset-keys", args.Namespace, ("secret-key", args.SecretKey)),
            on.Secret("superset-metastore", args.Namespace, ("uri", database(args.Database, args.Database))),
            on.Secret("superset-platform", args.Namespace,
                ("oauth-client-secret", identity.Secret(args.ClientId)),
                ("research-database-uri", database(args.Research.Role, args.Research.Database))),
        ];
        var certificates = on.Manifest("superset-ca", [], KubernetesObjects.ConfigMap("superset-ca", args.Namespace, new Dictionary<string, string> { ["platform-ca.crt"] = args.RootCertificate, ["postgres-ca.crt"] = postgres.RootCertificate }));
        var superset = on.Manifest(name, [release, .. secrets, certificates, valkey.Ready], Resource(args, identity.Issuer, valkey, gateway));
        return new PlanComponent(Type, name, [release, .. valkeyResources, .. secrets, certificates, superset]);
    }

    private static PlanValue Resource(SupersetArgs args, string issuer, ValkeyHandle valkey, GatewayHandle gateway) => Map(
        ("apiVersion", "superset.apache.org/v1alpha1"),
        ("kind", "Superset"),
        ("metadata", Map(("name", "superset"), ("namespace", args.Namespace))),
        ("spec", Map(
            ("environment", "Production"),
            ("image", Map(("repository", Images.Split(args.Image).Repository), ("tag", Images.Split(args.Image).Tag))),
            ("secretKeyFrom", Map(("name", "superset-keys"), ("key", "secret-key"))),
            ("metastore", Map(("uriFrom", Map(("name", "superset-metastore"), ("key", "uri"))))),
            ("valkey", Map(
                ("host", valkey.Host),
                ("port", valkey.Port),
                ("passwordFrom", Map(("name", valkey.PasswordSecret), ("key", ValkeyHandle.PasswordKey))),
                ("ssl", Map(("caCertFile", $"{CaPath}/platform-ca.crt"), ("certRequired", "required"))))),
            ("config", SupersetLogin.Source(args, issuer)),
            ("lifecycle", Map(("init", Map(
                // superset init, then the research database as a data source (idempotent: it updates the URI).
                ("command", Strings(["/bin/sh", "-c", $"superset init && superset set-database-uri --database_name '{ResearchDataSource}' --uri \"$RESEARCH_DATABASE_URI\""])))))),
            ("networking", Map(("gateway", Map(
                ("gatewayRef", Map(("name", gateway.Name), ("namespace", gateway.Namespace), ("sectionName", gateway.Listener(args.Hostname)))),
                ("hostnames", Strings([args.Hostname])))))),
            ("podTemplate", Map(
                ("podSecurityContext", Map(
                    ("runAsNonRoot", true),
                    ("runAsUser", UserId),
                    ("runAsGroup", UserId),
                    ("seccompProfile", Map(("type", "RuntimeDefault"))))),
                ("container", Map(
                    ("securityContext", Map(
                        ("allowPrivilegeEscalation", false),
                        ("capabilities", Map(("drop", Strings(["ALL"])))),

                        // Superset writes under /app and /tmp.
                        ("readOnlyRootFilesystem", false))),
                    ("resources", ContainerResources.Of("250m", "1Gi", "2", "2Gi")),
                    ("env", List(
                        Map(("name", SupersetLogin.ClientSecretVariable), ("valueFrom", Map(("secretKeyRef", Map(("name", "superset-platform"), ("key", "oauth-client-secret")))))),
                        Map(("name", "RESEARCH_DATABASE_URI"), ("valueFrom", Map(("secretKeyRef", Map(("name", "superset-platform"), ("key", "research-database-uri")))))),
                        Map(("name", "REQUESTS_CA_BUNDLE"), ("value", $"{CaPath}/platform-ca.crt")))),
                    ("volumeMounts", List(Map(("name", "platform-ca"), ("mountPath", CaPath), ("readOnly", true)))))),
                ("volumes", List(Map(("name", "platform-ca"), ("configMap", Map(("name", "superset-ca")))))))),
            ("webServer", Map(("replicas", 2))),
            ("celeryWorker", Map(("replicas", 1))),
            ("celeryBeat", Map()))));

}
