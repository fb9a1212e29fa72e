using ResearchPlatform.Components.Plan;

namespace ResearchPlatform.Stacks.Policy;

/// <summary>No pod the plan creates is privileged, shares a host namespace, mounts a host path or runs as root, unless the allow-list says why.</summary>
public sealed class HostAccessRule : IPolicyRule
{
    public string Id => "host-access";

    public string Description => "no privileged, host-network, host-PID/IPC, host-path or root container outside the allow-list";

    public IEnumerable<PolicyFinding> Check(PlatformPlan plan, IReadOnlyList<PolicyObject> objects)
    {
        foreach (var o in objects)
        {
            if (PodTree.PodSpec(o) is not { } pod || PolicyExceptions.For(Id, o.Label) is not null)
            {
                continue;
            }

            var podContext = PodTree.Map(pod, "securityContext");
            var problems = new List<string>();
            problems.AddRange(new[] { "hostNetwork", "hostPID", "hostIPC" }.Where(k => pod.GetValueOrDefault(k) is true));
            problems.AddRange(PodTree.List(pod, "volumes").OfType<IReadOnlyDictionary<string, object?>>().Where(v => v.ContainsKey("hostPath")).Select(v => $"hostPath volume {v.GetValueOrDefault("name")}"));
            foreach (var container in PodTree.Containers(pod))
            {
                var context = PodTree.Map(container, "securityContext");
                var name = container.GetValueOrDefault("name");
                if (context?.GetValueOrDefault("privileged") is true)
                {
                    problems.Add($"container {name} is privileged");
                }

                var user = context?.GetValueOrDefault("runAsUser") ?? podContext?.GetValueOrDefault("runAsUser");
                var nonRoot = context?.GetValueOrDefault("runAsNonRoot") ?? podContext?.GetValueOrDefault("runAsNonRoot");
                if (user is 0L or 0 || nonRoot is not true)
                {
                    problems.Add($"container {name} may run as root (set runAsNonRoot and a non-zero runAsUser)");
                }
            }

            foreach (var problem in problems)
            {
                yield return new(Id, o.Where, o.Label, problem);
            }
        }
    }
}
