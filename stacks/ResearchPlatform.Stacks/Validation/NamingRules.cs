using ResearchPlatform.Stacks.Config;
using ResearchPlatform.Stacks.Topology;

namespace ResearchPlatform.Stacks.Validation;

/// <summary>Site, cluster and pool names: DNS labels, unique, and short enough for node host names.</summary>
public sealed class NamingRules : IConfigRule
{
    public IReadOnlyList<string> Reads { get; } = ["research-platform:site.name", "research-platform:site.domain", "research-platform:cluster"];

    public IEnumerable<ConfigError> Check(StackConfig config)
    {
        var site = ConfigPath.Section("site");
        var cluster = ConfigPath.Section("cluster");
        if (!Names.IsDnsLabel(config.Site.Name))
        {
            yield return new(ConfigPath.Child(site, "name"), Names.NotALabel(config.Site.Name));
        }

        if (!Names.IsDnsName(config.Site.Domain))
        {
            yield return new(ConfigPath.Child(site, "domain"), $"must be a DNS name such as dsp.uni.example (got '{config.Site.Domain}')");
        }

        if (!Names.IsDnsLabel(config.Cluster.Name))
        {
            yield return new(ConfigPath.Child(cluster, "name"), Names.NotALabel(config.Cluster.Name));
        }

        var poolNames = config.Cluster.WorkerPools.Select(p => p.Name).ToList();
        var reserved = (ClusterTopology.ControlPlanePool, $"'{ClusterTopology.ControlPlanePool}' is reserved for the control-plane nodes; choose another pool name");
        foreach (var error in Names.UniqueLabels(ConfigPath.Child(cluster, "workerPools"), "name", poolNames, "pool names", reserved))
        {
            yield return error;
        }

        foreach (var node in ClusterTopology.Nodes(config.Cluster).Where(n => n.Name.Length > 63).Take(1))
        {
            yield return new(ConfigPath.Child(cluster, "name"), $"makes node names longer than 63 characters ('{node.Name}'); shorten the cluster or pool names");
        }
    }
}
