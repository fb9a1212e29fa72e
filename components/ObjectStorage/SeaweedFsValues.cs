using ResearchPlatform.Components.Kubernetes;
using ResearchPlatform.Components.Plan.Values;
using static ResearchPlatform.Components.Plan.Values.PlanValues;

namespace ResearchPlatform.Components.ObjectStorage;

/// <summary>The SeaweedFS chart's values, key by key as chart 4.44.0 reads them.</summary>
public static class SeaweedFsValues
{
    /// <summary>The image's own user <c>seaweed</c>: its entrypoint chowns and drops to it only when started as root.</summary>
    public const long UserId = 1000;

    public static MapValue Build(ObjectStorageArgs args, string identitiesSecret, string tlsSecret) => Map(
        ("global", Map(("seaweedfs", Map(
            // The chart's ClusterRole lets it delete pods cluster-wide, a migration hack no install needs.
            ("createClusterRole", false),
            ("automountServiceAccountToken", false),

            // Mutual TLS between master, volume, filer and S3 servers, from a CA the chart makes with cert-manager.
            ("enableSecurity", true),

            // Every object on one more volume server than the one it lands on.
            ("enableReplication", true),
            ("replicationPlacement", "001"))))),
        ("master", Server(args, 3, Map(("type", "persistentVolumeClaim"), ("size", "10Gi"), ("storageClass", args.StorageClass)), ContainerResources.Of("100m", "256Mi", "1", "1Gi"))),
        ("volume", Map(
            [
                .. Server(args, args.VolumeServers, null, ContainerResources.Of("250m", "512Mi", "2", "4Gi")).Entries.Select(e => (e.Key, (PlanValue?)e.Value)),
                ("dataDirs", List(Map(("name", "data"), ("type", "persistentVolumeClaim"), ("size", args.VolumeSize), ("storageClass", args.StorageClass), ("maxVolumes", 0)))),

                // The resize hook runs kubectl with cluster rights; volumes are grown by changing the claim.
                ("resizeHook", Map(("enabled", false))),
            ])),
        ("filer", Server(args, 2, Map(("type", "persistentVolumeClaim"), ("size", "20Gi"), ("storageClass", args.StorageClass)), ContainerResources.Of("100m", "256Mi", "2", "2Gi"))),
        ("s3", Map(
            [
                .. Server(args, 2, null, ContainerResources.Of("100m", "256Mi", "2", "2Gi")).Entries.Select(e => (e.Key, (PlanValue?)e.Value)),
                ("enabled", true),
                ("enableAuth", true),
                ("existingConfigSecret", identitiesSecret),
                ("httpsPort", ObjectStorage.HttpsPort),
                ("tlsSecret", tlsSecret),
                ("createBucketsHook", Map(("resources", ContainerResources.Of("50m", "64Mi", "500m", "256Mi")))),
                ("createBuckets", List(args.Buckets.Select(b => Map(("name", b.Name), ("versioning", b.Versioning ? true : null))))),
            ])));

    /// <summary>What every SeaweedFS server has: replicas, its volume, logs in the pod (not on the host), restricted security contexts.</summary>
    private static MapValue Server(ObjectStorageArgs args, int replicas, MapValue? data, MapValue resources) => Map(
        ("replicas", replicas),
        ("data", data),
        ("logs", Map(("type", "emptyDir"))),
        ("podSecurityContext", Map(
            ("enabled", true),
            ("runAsNonRoot", true),
            ("runAsUser", UserId),
            ("runAsGroup", UserId),
            ("fsGroup", UserId),
            ("seccompProfile", Map(("type", "RuntimeDefault"))))),
        ("containerSecurityContext", Map(
            ("enabled", true),
            ("allowPrivilegeEscalation", false),
            ("capabilities", Map(("drop", Strings(["ALL"])))))),
        ("resources", resources));
}
