using k8s.Models;
using ResearchPlatform.Components.Kubernetes;
using ResearchPlatform.Components.Plan;
using ResearchPlatform.Components.Plan.Resources;
using ResearchPlatform.Components.Plan.Values;

namespace ResearchPlatform.Components.Storage;

/// <summary>
/// Department SMB drives without privileged notebooks: the SMB CSI driver's node plugin mounts each
/// share on the node with a service account, and a notebook only mounts a claim. Each share is a
/// static PersistentVolume bound to one claim; both are protected and kept on delete, because they
/// point at a department's data.
/// </summary>
public static class DepartmentDrives
{
    public const string Type = "research-platform:storage:DepartmentDrives";

    /// <summary>The SMB CSI driver's name.</summary>
    public const string Driver = "smb.csi.k8s.io";

    public static PlanComponent Build(DepartmentDrivesArgs args, KubernetesWiring on, string? parent = null)
    {
        var driver = new PlanResource
        {
            Name = "csi-driver-smb",
            Provider = on.ProviderName,
            Spec = new HelmReleaseSpec
            {
                ReleaseName = "csi-driver-smb",
                Chart = args.Chart,
                Namespace = "kube-system",
                PrivilegedWorkloads = ["csi-smb-node DaemonSet: mounts the department SMB shares on each node (privileged); notebooks only mount claims"],
                // Linux nodes only: the chart's Windows node DaemonSet would be one more privileged workload.
                Values = PlanValues.Map(("windows", PlanValues.Map(("enabled", false)))),
            },
        };
        var resources = new List<PlanResource> { driver };
        foreach (var share in args.Shares)
        {
            var credentials = new PlanResource
            {
                Name = $"share-{share.Name}-credentials",
                Provider = on.ProviderName,
                DependsOn = on.AfterNames,
                Spec = new KubernetesSecretSpec
                {
                    SecretName = $"share-{share.Name}-credentials",
                    Namespace = args.CredentialsNamespace,
                    StringData =
                    [
                        KeyValuePair.Create<string, PlanValue>("username", share.Username),
                        KeyValuePair.Create<string, PlanValue>("domain", share.Domain),
                        KeyValuePair.Create("password", share.Password),
                    ],
                },
            };
            resources.Add(credentials);
            resources.Add(new PlanResource
            {
                Name = $"share-{share.Name}",
                Provider = on.ProviderName,
                DependsOn = [driver.Name, credentials.Name, .. on.AfterNames],
                Options = PlanResourceOptions.Stateful,
                Spec = new KubernetesManifestSpec
                {
                    Objects = [KubernetesObjects.ToPlanValue(Volume(share, args, credentials)), KubernetesObjects.ToPlanValue(Claim(share, args))],
                },
            });
        }

        return new PlanComponent(Type, "department-drives", resources, parent);
    }

    /// <summary>The claim name of a share, which the notebooks mount.</summary>
    public static string ClaimName(DepartmentShare share) => $"share-{share.Name}";

    /// <summary>The resource of <paramref name="drives"/> that creates the claim <paramref name="claimName"/>.</summary>
    /// <exception cref="ArgumentException">The drives have no such claim.</exception>
    public static PlanResource Claim(PlanComponent drives, string claimName) =>
        drives.Resources.FirstOrDefault(r => r.Name == claimName)
            ?? throw new ArgumentException($"the department drives have no claim '{claimName}'", nameof(claimName));

    private static V1PersistentVolume Volume(DepartmentShare share, DepartmentDrivesArgs args, PlanResource credentials)
    {
        var attributes = new SortedDictionary<string, string>(StringComparer.Ordinal) { ["source"] = share.Source };
        if (share.SubDirectory.Length > 0)
        {
            attributes["subDir"] = share.SubDirectory;
        }

        return new V1PersistentVolume
        {
            ApiVersion = "v1",
            Kind = "PersistentVolume",
            Metadata = new V1ObjectMeta
            {
                Name = ClaimName(share),
                Labels = new Dictionary<string, string> { ["research-platform/share"] = share.Name },
                Annotations = new Dictionary<string, string> { ["research-platform/group"] = share.Group },
            },
            Spec = new V1PersistentVolumeSpec
            {
                Capacity = new Dictionary<string, ResourceQuantity> { ["storage"] = new(share.Capacity) },
                AccessModes = ["ReadWriteMany"],
                PersistentVolumeReclaimPolicy = "Retain",
                StorageClassName = "",
                MountOptions = [$"uid={args.Uid}", $"gid={args.Gid}", "dir_mode=0770", "file_mode=0660", "vers=3.0", "noperm", "mfsymlinks", "cache=strict", "noserverino"],
                ClaimRef = new V1ObjectReference { NamespaceProperty = args.ClaimNamespace, Name = ClaimName(share) },
                Csi = new V1CSIPersistentVolumeSource
                {
                    Driver = Driver,
                    ReadOnlyProperty = share.ReadOnly,
                    VolumeHandle = share.VolumeHandle,
                    VolumeAttributes = attributes,
                    NodeStageSecretRef = new V1SecretReference { Name = ((KubernetesSecretSpec)credentials.Spec).SecretName, NamespaceProperty = args.CredentialsNamespace },
                },
            },
        };
    }

    private static V1PersistentVolumeClaim Claim(DepartmentShare share, DepartmentDrivesArgs args) => new()
    {
        ApiVersion = "v1",
        Kind = "PersistentVolumeClaim",
        Metadata = new V1ObjectMeta
        {
            Name = ClaimName(share),
            NamespaceProperty = args.ClaimNamespace,
            Labels = new Dictionary<string, string> { ["research-platform/share"] = share.Name },
        },
        Spec = new V1PersistentVolumeClaimSpec
        {
            AccessModes = ["ReadWriteMany"],
            StorageClassName = "",
            VolumeName = ClaimName(share),
            Resources = new V1VolumeResourceRequirements { Requests = new Dictionary<string, ResourceQuantity> { ["storage"] = new(share.Capacity) } },
        },
    };
}
