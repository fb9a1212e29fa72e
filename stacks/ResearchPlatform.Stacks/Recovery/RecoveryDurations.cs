using ResearchPlatform.Components.Plan;

namespace ResearchPlatform.Stacks.Recovery;

/// <summary>
/// How long each kind of resource takes to create, for the modelled recovery time: a VM clone with
/// cloud-init and kubeadm, a Helm release until its pods are ready, a manifest until the API has it.
/// Measured figures of a site belong in <c>research-platform:recovery.durations</c>.
/// </summary>
public static class RecoveryDurations
{
    /// <summary>The default seconds per kind.</summary>
    public static IReadOnlyDictionary<ResourceKind, int> Defaults { get; } = new Dictionary<ResourceKind, int>
    {
        [ResourceKind.VirtualMachine] = 720,
        [ResourceKind.KubernetesProvider] = 5,
        [ResourceKind.HelmRelease] = 240,
        [ResourceKind.KubernetesManifest] = 30,
        [ResourceKind.KubernetesSecret] = 5,
        [ResourceKind.GeneratedSecret] = 1,
        [ResourceKind.TlsPrivateKey] = 1,
        [ResourceKind.TlsSelfSignedCert] = 1,
        [ResourceKind.TlsCertRequest] = 1,
        [ResourceKind.TlsLocallySignedCert] = 1,
    };

    /// <summary>The seconds of <paramref name="kind"/>: the config's figure where it gives one.</summary>
    public static int Of(ResourceKind kind, RecoveryConfig config) => config.Durations.TryGetValue(kind.ToString(), out var seconds) ? seconds : Defaults[kind];

    /// <summary>The longest chain of the plan by duration, first to last, and its seconds: what no parallelism shortens.</summary>
    public static (IReadOnlyList<string> Path, int Seconds) CriticalPath(PlatformPlan plan, RecoveryConfig config)
    {
        var resources = plan.Resources.ToDictionary(r => r.Name);
        var finish = new Dictionary<string, (int Seconds, string? After)>(StringComparer.Ordinal);

        // Levels run in dependency order, so every dependency is finished before its dependents.
        foreach (var name in plan.Graph.Levels.SelectMany(l => l))
        {
            var before = resources[name].Dependencies().Where(finish.ContainsKey).Select(d => (d, finish[d].Seconds)).DefaultIfEmpty((null!, 0)).MaxBy(d => d.Item2);
            finish[name] = (before.Item2 + Of(resources[name].Spec.Kind, config), before.Item1);
        }

        var last = finish.MaxBy(f => f.Value.Seconds);
        var path = new List<string>();
        for (var at = (string?)last.Key; at is not null; at = finish[at].After)
        {
            path.Add(at);
        }

        path.Reverse();
        return (path, last.Value.Seconds);
    }
}
