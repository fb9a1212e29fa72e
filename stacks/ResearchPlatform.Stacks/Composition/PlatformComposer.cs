using ResearchPlatform.Components.Cluster;
using ResearchPlatform.Components.Gpu;
using ResearchPlatform.Components.Plan;
using ResearchPlatform.Components.Plan.Values;
using ResearchPlatform.Components.Platform;
using ResearchPlatform.Components.Storage;
using ResearchPlatform.Stacks.Config;
using ResearchPlatform.Stacks.Sections;
using ResearchPlatform.Stacks.Topology;

namespace ResearchPlatform.Stacks.Composition;

/// <summary>Composes the components of the platform into the plan of one validated stack.</summary>
public static class PlatformComposer
{
    /// <summary>The Pulumi project name.</summary>
    public const string Project = "research-platform";

    /// <summary>The plan of <paramref name="stack"/>.</summary>
    public static PlatformPlan Compose(LoadedStack stack)
    {
        var plan = Build(stack.Name, stack.Config);

        // A standby's runbook models the recovery it stands by for: the plan it has once recovering.
        var recovering = stack.Config.Site.Role == SiteRole.Standby
            ? Build(stack.Name, stack.Config with { Site = stack.Config.Site with { Role = SiteRole.Recovering } })
            : plan;
        return plan with { Documents = new Dictionary<string, string> { [Recovery.RunbookWriter.FileName] = Recovery.RunbookWriter.Build(recovering, stack.Config) } };
    }

    private static PlatformPlan Build(string stackName, StackConfig config)
    {
        var design = Design(config);
        var cluster = KubernetesClusterLayer.Build(design.Cluster);
        var namespaces = Namespaces.Build(design.Namespaces, new KubernetesWiring(cluster.Provider));
        var gpu = design.Gpu is { } operatorArgs ? GpuOperator.Build(operatorArgs, GpuOperator.Wiring(operatorArgs, cluster.Provider, namespaces)) : null;
        var storage = StorageLayer.Build(design.Storage, cluster.Provider, namespaces);
        var platform = new PlatformHandles(cluster, namespaces, storage);
        var sections = new List<PlanComponent>();
        foreach (var section in design.Sections)
        {
            var parts = section.Section.Compose(section, platform);
            sections.AddRange(parts.Components);
            platform = platform.With(parts);
        }

        return new PlatformPlan(Project, stackName, [.. cluster.All, namespaces, .. gpu is null ? [] : new[] { gpu }, .. storage.All, .. sections], Outputs(design, cluster));
    }

    /// <summary>What each section of a validated stack asks for, before anything is wired.</summary>
    public static PlatformDesign Design(StackConfig config)
    {
        var nodes = ClusterTopology.Nodes(config.Cluster);
        return new PlatformDesign
        {
            Cluster = new ClusterDesign
            {
                Settings = ClusterSettingsFactory.Settings(config),
                ControlPlane = ClusterSettingsFactory.Nodes(nodes.Where(n => n.IsControlPlane)),
                WorkerPools = config.Cluster.WorkerPools
                    .Select(pool => new WorkerPoolDesign(pool.Name, ClusterSettingsFactory.Nodes(nodes.Where(n => !n.IsControlPlane && n.Pool == pool.Name))))
                    .ToList(),
            },
            Namespaces = PlatformNamespaces.For(config),
            Storage = StorageComposition.Design(config),
            Sections = PlatformSections.Running(config).Select(section => section.Design(config)).OfType<SectionDesign>().ToList(),
            Gpu = Gpu(config),
        };
    }

    private static GpuOperatorArgs? Gpu(StackConfig config) =>
        config.Cluster.GpuOperator is { } gpu && config.Cluster.WorkerPools.Any(p => p.Gpu is not null)
            ? new GpuOperatorArgs
            {
                Namespace = PlatformNamespaces.Gpu,
                DriverRepository = gpu.DriverRepository,
                DriverImage = gpu.DriverImage,
                DriverVersion = gpu.DriverVersion,
                LicenseToken = new ConfigSecretReference(gpu.LicenseToken.KeyPath),
                GpuNodeLabel = ClusterSettingsFactory.GpuNodeLabel,
            }
            : null;

    /// <summary>The stack outputs, which the Pulumi program exports from the same plan.</summary>
    public static IReadOnlyList<StackOutput> Outputs(PlatformDesign design, ClusterParts cluster) =>
    [
        new StackOutput("apiServer", cluster.ApiServer, "the Kubernetes API behind the kube-vip VIP"),
        new StackOutput("apiVip", cluster.ApiVip, "the control-plane virtual IP kube-vip announces"),
        new StackOutput("controlPlaneNodes", PlanValues.Strings(design.Cluster.ControlPlane.Select(n => $"{n.Name} {n.Address}")), "control-plane VMs and their addresses"),
        new StackOutput("kubeconfig", cluster.Kubeconfig, "cluster-admin kubeconfig (secret): pulumi stack output kubeconfig --show-secrets"),
        .. design.Sections.SelectMany(s => s.Section.Outputs(s)),
    ];
}
