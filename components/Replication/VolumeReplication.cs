using System.Globalization;
using ResearchPlatform.Components.Plan;
using ResearchPlatform.Components.Plan.Values;
using static ResearchPlatform.Components.Plan.Values.PlanValues;

namespace ResearchPlatform.Components.Replication;

/// <summary>
/// Volume replication between the sites with NetApp Trident Protect: SnapMirror of every protected
/// claim set. At the source, an application per set (its claims selected by label, so a spawner's
/// new claims are covered without anyone listing them) with a replication schedule; at the other
/// site, a mirror relationship per set, established while it stands by and promoted when it
/// recovers. A promotion is waited for (<c>pulumi.com/waitFor</c>), and the workloads that own the
/// claims start after it: they find their claims, never create them empty.
/// </summary>
public static class VolumeReplication
{
    public const string Type = "research-platform:storage:VolumeReplication";

    /// <summary>Trident Protect's namespace.</summary>
    public const string Namespace = "trident-protect";

    /// <summary>The release, which names the chart's objects.</summary>
    public const string Release = "trident-protect";

    private const string ApiVersion = "protect.trident.netapp.io/v1";

    /// <summary>
    /// The start of every recurrence: a fixed instant, so the same config renders the same rule; the
    /// interval, not the start, decides when transfers run.
    /// </summary>
    private const string RecurrenceStart = "20260101T000000Z";

    /// <summary>The state a mirror relationship reports once promoted, which <c>pulumi up</c> waits for.</summary>
    public const string PromotedState = "Promoted";

    /// <summary>Trident Protect goes into its namespace once it exists, after the storage classes its mirrors use.</summary>
    public static KubernetesWiring Wiring(VolumeReplicationArgs args, PlanResource provider, PlanComponent namespaces, PlanComponent storageClasses) => new(provider)
    {
        After = [Platform.Namespaces.Of(namespaces, args.Namespace), .. storageClasses.Resources],
    };

    /// <summary>Each claim set's namespace resource in <paramref name="namespaces"/>, by name.</summary>
    public static IReadOnlyDictionary<string, PlanResource> ClaimNamespaces(VolumeReplicationArgs args, PlanComponent namespaces) =>
        args.Claims.Select(c => c.Namespace).Distinct(StringComparer.Ordinal)
            .ToDictionary(ns => ns, ns => Platform.Namespaces.Of(namespaces, ns), StringComparer.Ordinal);

    /// <summary>Trident Protect, its vaults, and the applications or mirrors of <paramref name="args"/>' claim sets.</summary>
    /// <param name="args">The vaults, the role and the claim sets.</param>
    /// <param name="on">Where the resources go; Trident Protect's namespace among what they wait for.</param>
    /// <param name="namespaces">Each claim set's namespace resource, by name, which its objects are created after.</param>
    /// <param name="name">The component's name.</param>
    /// <exception cref="ArgumentException">A mirroring site has no source, or no UID for a claim set.</exception>
    public static (PlanComponent Component, ReplicationHandle Handle) Build(VolumeReplicationArgs args, KubernetesWiring on, IReadOnlyDictionary<string, PlanResource> namespaces, string name = "replication")
    {
        var source = args.Role == ReplicationRole.Source ? null : args.Source
            ?? throw new ArgumentException($"replication: a {args.Role.ToString().ToLowerInvariant()} site needs the source site's vault and applications", nameof(args));
        var release = on.Release(Release, args.Chart, args.Namespace, [], VolumeReplicationValues.Build(args));
        var vaults = new List<PlanResource>();
        foreach (var vault in source is null ? [args.Vault] : new[] { args.Vault, source.Vault })
        {
            var secret = on.Secret(vault.SecretName, args.Namespace, ("accessKeyID", vault.AccessKeyId), ("secretAccessKey", vault.SecretAccessKey));
            vaults.Add(secret);
            vaults.Add(on.Manifest(vault.Name, [release, secret], AppVault(vault, args.Namespace)));
        }

        var perSet = new List<(ProtectedClaims Claims, PlanResource Resource)>();
        foreach (var claims in args.Claims)
        {
            List<PlanResource> after = [release, .. vaults, .. namespaces.TryGetValue(claims.Namespace, out var ns) ? [ns] : Array.Empty<PlanResource>()];
            perSet.Add((claims, source is null
                ? on.Manifest($"protect-{claims.Name}", after, Application(claims), Schedule(claims, args, "replication", args.IntervalMinutes, 2), Schedule(claims, args, "daily", 24 * 60, 7)) with { Options = PlanResourceOptions.Stateful }
                : on.Manifest($"mirror-{claims.Name}", after, Mirror(claims, args, source))));
        }

        var relationships = source is null
            ? new Dictionary<string, IReadOnlyList<PlanResource>>()
            : perSet.GroupBy(s => s.Claims.Namespace, StringComparer.Ordinal).ToDictionary(g => g.Key, g => (IReadOnlyList<PlanResource>)g.Select(s => s.Resource).ToList(), StringComparer.Ordinal);
        return (new PlanComponent(Type, name, [release, .. vaults, .. perSet.Select(s => s.Resource)]), new ReplicationHandle(relationships));
    }

    /// <summary>The recurrence rule of a schedule every <paramref name="minutes"/> minutes.</summary>
    public static string Recurrence(int minutes) => string.Create(CultureInfo.InvariantCulture, $"DTSTART:{RecurrenceStart}\nRRULE:FREQ=MINUTELY;INTERVAL={minutes}");

    private static MapValue AppVault(ProtectVault vault, string @namespace) => Map(
        ("apiVersion", ApiVersion),
        ("kind", "AppVault"),
        ("metadata", Map(("name", vault.Name), ("namespace", @namespace))),
        ("spec", Map(
            ("providerType", "OntapS3"),
            ("providerConfig", Map(("s3", Map(
                ("bucketName", vault.Bucket),
                ("endpoint", vault.Endpoint),
                ("secure", "true"),
                ("skipCertValidation", "false"),
                ("rootCA", vault.CaCertificate))))),
            ("providerCredentials", Map(
                ("accessKeyID", Map(("valueFromSecret", Map(("name", vault.SecretName), ("key", "accessKeyID"))))),
                ("secretAccessKey", Map(("valueFromSecret", Map(("name", vault.SecretName), ("key", "secretAccessKey"))))))))));

    // Only the claims, their volumes and the snapshot class: the workloads around them are the
    // plan's at each site, not copies restored from the other.
    private static MapValue Application(ProtectedClaims claims) => Map(
        ("apiVersion", ApiVersion),
        ("kind", "Application"),
        ("metadata", Map(("name", claims.Name), ("namespace", claims.Namespace))),
        ("spec", Map(
            ("includedNamespaces", List(Map(("namespace", claims.Namespace)))),
            ("resourceFilter", Map(
                ("resourceSelectionCriteria", "Include"),
                ("resourceMatchers", List(
                    Map(("kind", "PersistentVolumeClaim"), ("version", "v1"), ("labelSelectors", claims.Selector is { } selector ? Strings([selector]) : null)),
                    Map(("kind", "PersistentVolume"), ("version", "v1")),
                    Map(("group", "snapshot.storage.k8s.io"), ("kind", "VolumeSnapshotClass"), ("version", "v1")))))))));

    // The replication schedule keeps two snapshots, as SnapMirror needs; the daily one keeps a week of
    // common snapshots, so a failback transfers only what changed.
    private static MapValue Schedule(ProtectedClaims claims, VolumeReplicationArgs args, string purpose, int minutes, int keep) => Map(
        ("apiVersion", ApiVersion),
        ("kind", "Schedule"),
        ("metadata", Map(("name", $"{claims.Name}-{purpose}"), ("namespace", claims.Namespace))),
        ("spec", Map(
            ("applicationRef", claims.Name),
            ("appVaultRef", args.Vault.Name),
            ("enabled", true),
            ("granularity", "Custom"),
            ("recurrenceRule", Recurrence(minutes)),
            ("snapshotRetention", keep.ToString(CultureInfo.InvariantCulture)),
            ("backupRetention", "0"))));

    private static MapValue Mirror(ProtectedClaims claims, VolumeReplicationArgs args, ReplicationSource source)
    {
        var uid = source.ApplicationUids.TryGetValue(claims.Name, out var found) ? found
            : throw new ArgumentException($"replication: no UID for the source application '{claims.Name}'", nameof(source));
        var promote = args.Role == ReplicationRole.Promote;
        return Map(
            ("apiVersion", ApiVersion),
            ("kind", "AppMirrorRelationship"),
            ("metadata", Map(
                ("name", claims.Name),
                ("namespace", claims.Namespace),
                ("annotations", promote
                    ? Map(
                        ("pulumi.com/waitFor", $"jsonpath={{.status.state}}={PromotedState}"),
                        ("pulumi.com/timeoutSeconds", args.PromotionTimeoutSeconds.ToString(CultureInfo.InvariantCulture)))
                    : null))),
            ("spec", Map(
                ("desiredState", promote ? "Promoted" : "Established"),
                ("sourceAppVaultRef", source.Vault.Name),
                ("destinationAppVaultRef", args.Vault.Name),
                ("sourceApplicationName", claims.Name),
                ("sourceApplicationUID", uid),
                ("namespaceMapping", List(Map(("source", claims.Namespace), ("destination", claims.Namespace)))),
                ("recurrenceRule", Recurrence(args.IntervalMinutes)),
                ("storageClassName", claims.StorageClass))));
    }
}
