using Pulumi;
using ResearchPlatform.Infra.Components;
using ResearchPlatform.Stacks.Composition;
using PlatformNamespaces = ResearchPlatform.Infra.Components.PlatformNamespaces;
using ResearchPlatform.Stacks.Config;

namespace ResearchPlatform.Infra;

/// <summary>
/// The Pulumi program: read the stack config, compose and check the plan, then build the platform
/// from its typed components, which realize exactly that plan.
/// </summary>
public static class PlatformProgram
{
    /// <summary>Realizes the current stack and returns its outputs.</summary>
    /// <exception cref="ConfigException">The stack config is invalid; secrets are never shown in it.</exception>
    public static IDictionary<string, object?> Run() => Realize(Deployment.Instance.StackName).Outputs;

    /// <summary>Realizes <paramref name="stack"/> (what the tests call to inspect the result).</summary>
    public static RealizedPlan Realize(string stack)
    {
        var raw = PulumiConfigSource.Read(stack);
        LoadedStack loaded;
        try
        {
            loaded = StackLoader.FromRaw(raw);
        }
        catch (ConfigException e)
        {
            throw e.Redacted(raw.SecretKeys);
        }

        // The composed plan is what `render` shows and what the checks ran on; the components below
        // build the same parts from the same design, and the realized plan must match it exactly.
        var plan = PlatformComposer.Compose(loaded);
        var design = PlatformComposer.Design(loaded.Config);
        var cluster = new KubernetesCluster("cluster", new KubernetesClusterArgs { Design = design.Cluster });
        var namespaces = new PlatformNamespaces("namespaces", new PlatformNamespacesArgs { Cluster = cluster, Namespaces = design.Namespaces });
        var gpu = design.Gpu is { } gpuArgs ? new GpuOperator("gpu-operator", new GpuOperatorArgs { Cluster = cluster, Namespaces = namespaces, Operator = gpuArgs }) : null;
        var storage = new Storage("storage", new StorageArgs { Cluster = cluster, Namespaces = namespaces, Design = design.Storage });
        var sections = new List<PlatformComponentResource>();
        foreach (var section in design.Sections)
        {
            sections.Add(SectionComponents.Create(section, cluster, namespaces, storage, sections));
        }

        return RealizedPlan.Of(plan, [cluster, namespaces, .. gpu is null ? Array.Empty<PlatformComponentResource>() : [gpu], storage, .. sections], cluster.Context);
    }
}
