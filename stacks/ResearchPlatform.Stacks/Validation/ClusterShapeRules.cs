using System.Text.RegularExpressions;
using ResearchPlatform.Stacks.Config;

namespace ResearchPlatform.Stacks.Validation;

/// <summary>Node counts, sizes, the Kubernetes version and SSH keys.</summary>
public sealed partial class ClusterShapeRules : IConfigRule
{
    /// <summary>The oldest Kubernetes minor the bootstrap supports: kubeadm.k8s.io/v1beta4 appeared in 1.31.</summary>
    public const int MinimumMinor = 31;

    public IReadOnlyList<string> Reads { get; } = ["research-platform:cluster"];

    public IEnumerable<ConfigError> Check(StackConfig config)
    {
        var cluster = ConfigPath.Section("cluster");
        var c = config.Cluster;
        var version = VersionPattern().Match(c.KubernetesVersion);
        if (!version.Success)
        {
            yield return new(ConfigPath.Child(cluster, "kubernetesVersion"), $"must be an exact version such as 1.34.2 (got '{Shown.Of(c.KubernetesVersion)}')");
        }
        else if (int.Parse(version.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) < MinimumMinor)
        {
            yield return new(ConfigPath.Child(cluster, "kubernetesVersion"), $"must be 1.{MinimumMinor} or later (got '{c.KubernetesVersion}')");
        }

        var cp = ConfigPath.Child(cluster, "controlPlane");
        if (c.ControlPlane.Count < 3 || c.ControlPlane.Count % 2 == 0)
        {
            yield return new(ConfigPath.Child(cp, "count"), $"must be an odd number >= 3 (got {c.ControlPlane.Count})");
        }

        foreach (var error in Size(cp, c.ControlPlane.Cpu, c.ControlPlane.MemoryGiB, c.ControlPlane.DiskGiB))
        {
            yield return error;
        }

        if (c.ControlPlane.Count > 9)
        {
            yield return new(ConfigPath.Child(cp, "count"), $"must be at most 9 (got {c.ControlPlane.Count}); etcd slows down with every member beyond that");
        }

        var pools = ConfigPath.Child(cluster, "workerPools");
        if (c.WorkerPools.Sum(p => (long)Math.Max(p.Count, 0)) == 0)
        {
            yield return new(pools, "must hold at least one worker node in all");
        }
        else if (Topology.ClusterTopology.Size(c) > Topology.ClusterTopology.MaxNodes)
        {
            yield return new(pools, $"ask for {Topology.ClusterTopology.Size(c)} nodes with the control plane; at most {Topology.ClusterTopology.MaxNodes} fit one cluster");
        }

        for (var i = 0; i < c.WorkerPools.Count; i++)
        {
            var pool = c.WorkerPools[i];
            var path = ConfigPath.Item(pools, i);
            if (pool.Count < 0)
            {
                yield return new(ConfigPath.Child(path, "count"), $"must be 0 or more (got {pool.Count})");
            }

            foreach (var error in Size(path, pool.Cpu, pool.MemoryGiB, pool.DiskGiB))
            {
                yield return error;
            }
        }

        var keys = ConfigPath.Child(cluster, "sshAuthorizedKeys");
        for (var i = 0; i < c.SshAuthorizedKeys.Count; i++)
        {
            if (!SshKeyPattern().IsMatch(c.SshAuthorizedKeys[i]))
            {
                yield return new(ConfigPath.Item(keys, i), "must be an OpenSSH public key line (ssh-ed25519, ecdsa-sha2-nistp256 or ssh-rsa, then the key)");
            }
        }
    }

    private static IEnumerable<ConfigError> Size(string path, int cpu, int memoryGiB, int diskGiB)
    {
        if (cpu < 2)
        {
            yield return new(ConfigPath.Child(path, "cpu"), $"must be at least 2, as kubeadm requires (got {cpu})");
        }

        if (memoryGiB < 4)
        {
            yield return new(ConfigPath.Child(path, "memoryGiB"), $"must be at least 4 (got {memoryGiB})");
        }

        if (diskGiB < 40)
        {
            yield return new(ConfigPath.Child(path, "diskGiB"), $"must be at least 40, for images and logs (got {diskGiB})");
        }
    }

    [GeneratedRegex(@"^1\.([0-9]{1,4})\.[0-9]{1,4}\z")]
    private static partial Regex VersionPattern();

    [GeneratedRegex(@"^(ssh-ed25519|ssh-rsa|ecdsa-sha2-nistp(256|384|521)) [A-Za-z0-9+/]+={0,3}( .*)?\z")]
    private static partial Regex SshKeyPattern();
}
