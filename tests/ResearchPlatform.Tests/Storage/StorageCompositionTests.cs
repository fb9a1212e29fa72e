using ResearchPlatform.Components.Plan;
using ResearchPlatform.Components.Plan.Resources;
using ResearchPlatform.Components.Plan.Values;
using ResearchPlatform.Components.Storage;
using ResearchPlatform.Stacks.Rendering;
using ResearchPlatform.Tests.Support;
using static ResearchPlatform.Tests.Compute.RenderedNode;

namespace ResearchPlatform.Tests.Storage;

public class StorageCompositionTests
{
    private static readonly PlatformPlan Prod = TestStacks.Plan("prod");
    private static readonly RenderedTree Render = OfflineRenderer.Compile(Prod);

    private static PlanResource Resource(string name) => Prod.Resources.Single(r => r.Name == name);

    [Fact]
    public void Render_Tiers_EachSelectItsPoolWithItsServiceLevel()
    {
        var student = Parse(Render.Files["components/storage-classes/storageclass-student.manifest.yaml"]).Single();
        var researcher = Parse(Render.Files["components/storage-classes/storageclass-researcher.manifest.yaml"]).Single();

        Assert.Equal(("ontap-nas-economy", "tier=student", "Delete", "true"), (At(student, "parameters", "backendType"), At(student, "parameters", "selector"), At(student, "reclaimPolicy"), At(student, "metadata", "annotations", "storageclass.kubernetes.io/is-default-class")));
        Assert.Equal(("ontap-nas", "tier=researcher", "Retain", "false"), (At(researcher, "parameters", "backendType"), At(researcher, "parameters", "selector"), At(researcher, "reclaimPolicy"), At(researcher, "metadata", "annotations", "storageclass.kubernetes.io/is-default-class")));
        Assert.Equal("true", At(researcher, "parameters", "trident.netapp.io/replication"));
        Assert.Equal("csi.trident.netapp.io", At(researcher, "provisioner"));
    }

    [Fact]
    public void Render_Backends_CarryEachTiersVirtualPool()
    {
        var economy = Parse(Render.Files["components/trident-backends/backend-students-ontap-nas-economy.manifest.yaml"]).Single();
        var pool = ((YamlDotNet.RepresentationModel.YamlSequenceNode)((YamlDotNet.RepresentationModel.YamlMappingNode)((YamlDotNet.RepresentationModel.YamlMappingNode)economy)["spec"])["storage"]).Single();

        Assert.Equal("ontap-nas-economy", At(economy, "spec", "storageDriverName"));
        Assert.Equal("retain", At(economy, "spec", "deletionPolicy"));
        Assert.Equal("backend-students-credentials", At(economy, "spec", "credentials", "name"));
        Assert.Equal("svm_dsp_students_north", At(economy, "spec", "svm"));
        Assert.Equal(("student", "dsp-daily-7", "10", "dsp-student-balanced", "true"), (At(pool, "labels", "tier"), At(pool, "defaults", "snapshotPolicy"), At(pool, "defaults", "snapshotReserve"), At(pool, "defaults", "qosPolicy"), At(pool, "defaults", "encryption")));
    }

    [Fact]
    public void Plan_Backends_WaitForTheJobThatWaitsForTridentsCrds()
    {
        var job = Parse(Render.Files["components/trident/trident-crds-ready.manifest.yaml"]).Single(d => At(d, "kind") == "Job");

        Assert.Contains("trident-crds-ready", Resource("backend-dsp-ontap-nas").Dependencies());
        Assert.Contains("trident-operator", Resource("trident-crds-ready").Dependencies());
        Assert.Contains("trident-crds-ready", Resource("storageclass-student").Dependencies());
        Assert.Contains("wait --for=create --timeout=900s crd/tridentbackendconfigs.trident.netapp.io", string.Join(' ', Render.Files["components/trident/trident-crds-ready.manifest.yaml"].Split('\n').Where(l => l.StartsWith("        - ", StringComparison.Ordinal) || l.StartsWith("          - ", StringComparison.Ordinal)).Select(l => l.Trim().TrimStart('-').Trim())));
        Assert.Equal(Components.Kubernetes.PlatformImages.Kubectl, At(((YamlDotNet.RepresentationModel.YamlSequenceNode)((YamlDotNet.RepresentationModel.YamlMappingNode)((YamlDotNet.RepresentationModel.YamlMappingNode)((YamlDotNet.RepresentationModel.YamlMappingNode)((YamlDotNet.RepresentationModel.YamlMappingNode)job)["spec"])["template"])["spec"])["containers"])[0], "image"));
        Assert.Equal("true", At(job, "spec", "template", "spec", "securityContext", "runAsNonRoot"));
    }

    [Fact]
    public void Plan_SvmCredentials_AreASecretFromConfig()
    {
        var secret = (KubernetesSecretSpec)Resource("backend-dsp-credentials").Spec;

        Assert.Equal("trident", secret.Namespace);
        Assert.Equal(new LiteralValue("trident"), secret.StringData.Single(e => e.Key == "username").Value);
        Assert.Equal(new ConfigSecretReference("research-platform:storage.svms[0].password"), secret.StringData.Single(e => e.Key == "password").Value);
        Assert.Contains("password: ${secret:config:research-platform:storage.svms[0].password}", Render.Files["components/trident-backends/backend-dsp-credentials.secret.yaml"]);
    }

    [Fact]
    public void Render_DepartmentShare_IsAProtectedVolumeBoundToOneClaim()
    {
        var documents = Parse(Render.Files["components/department-drives/share-physics-archive.manifest.yaml"]);
        var (volume, claim) = (documents[0], documents[1]);

        Assert.Equal(("PersistentVolume", "PersistentVolumeClaim"), (At(volume, "kind"), At(claim, "kind")));
        Assert.Equal(("jupyterhub", "share-physics-archive"), (At(volume, "spec", "claimRef", "namespace"), At(volume, "spec", "claimRef", "name")));
        Assert.Equal("share-physics-archive", At(claim, "spec", "volumeName"));
        Assert.Equal(("smb.csi.k8s.io", "true", "//dfs.uni-example.edu/physics", "archive"), (At(volume, "spec", "csi", "driver"), At(volume, "spec", "csi", "readOnly"), At(volume, "spec", "csi", "volumeAttributes", "source"), At(volume, "spec", "csi", "volumeAttributes", "subDir")));
        Assert.Equal(("share-physics-archive-credentials", "research-platform-system"), (At(volume, "spec", "csi", "nodeStageSecretRef", "name"), At(volume, "spec", "csi", "nodeStageSecretRef", "namespace")));
        Assert.Equal("Retain", At(volume, "spec", "persistentVolumeReclaimPolicy"));
        Assert.Equal("CN=DSP-Physics,OU=Groups,DC=uni-example,DC=edu", At(volume, "metadata", "annotations", "research-platform/group"));
        Assert.Equal(PlanResourceOptions.Stateful, Resource("share-physics-archive").Options);
    }

    [Fact]
    public void Plan_VolumeHandles_AreUniquePerShare()
    {
        var handles = TestStacks.Load("prod").Config.Storage.Shares.Select(s => s.Name).ToList();
        var rendered = Render.Files.Where(f => f.Key.StartsWith("components/department-drives/share-", StringComparison.Ordinal) && f.Key.EndsWith(".manifest.yaml", StringComparison.Ordinal))
            .Select(f => At(Parse(f.Value)[0], "spec", "csi", "volumeHandle"))
            .ToList();

        Assert.Equal(handles.Count, rendered.Distinct().Count());
    }

    [Fact]
    public void Summary_NamesOnlyTheNodePluginsAsPrivileged()
    {
        var summary = Render.Files["summary.md"];
        var privileged = summary[summary.IndexOf("## Privileged workloads", StringComparison.Ordinal)..].Split('\n').Where(l => l.StartsWith("- ", StringComparison.Ordinal)).ToList();

        Assert.Equal(
        [
            "- cilium: cilium-agent DaemonSet: programs each node's network (host network, NET_ADMIN, BPF)",
            "- gpu-operator: nvidia-driver-daemonset: loads the vGPU guest kernel module on each GPU node (privileged, host PID and paths)",
            "- gpu-operator: nvidia-container-toolkit-daemonset: configures containerd for GPU containers on each GPU node (privileged, host paths)",
            "- gpu-operator: nvidia-device-plugin-daemonset and the operator validator: register and check the GPUs on each GPU node (privileged, host paths)",
            "- gpu-operator: nfd-worker DaemonSet: reads each GPU node's PCI devices (host paths, read-only)",
            "- trident-operator: trident-node-linux DaemonSet: mounts the NFS exports of volumes on each node (privileged, host mounts)",
            "- csi-driver-smb: csi-smb-node DaemonSet: mounts the department SMB shares on each node (privileged); notebooks only mount claims",
            "- kube-vip-services: kube-vip DaemonSet: answers ARP for the entry address on the worker nodes' network (host network, NET_ADMIN, NET_RAW)",
            "- checkmk: checkmk-node-collector-container-metrics DaemonSet: its cAdvisor runs as root with SYS_PTRACE and reads every container's cgroups through hostPath /sys, /var/run and /var/lib/docker",
        ], privileged);
    }

    [Fact]
    public void TridentBackends_TierOnAnUnknownSvm_ThrowsNamingTheTier()
    {
        var tier = new StorageTier
        {
            Name = "student", Svm = "nowhere", Driver = TridentDriver.OntapNas, SnapshotPolicy = "none", SnapshotReserve = 0,
            ExportPolicy = "default", Encryption = true, UnixPermissions = "0770", ReclaimPolicy = ReclaimPolicy.Delete,
            AllowVolumeExpansion = true, IsDefault = true, Replicated = false,
        };

        var e = Assert.Throws<ArgumentException>(() => TridentBackends.Build([], [tier], new KubernetesWiring(new PlanResource { Name = "kubernetes", Spec = new KubernetesProviderSpec { Kubeconfig = "" } })));

        Assert.StartsWith("tier student: SVM 'nowhere' is not declared", e.Message);
    }
}
