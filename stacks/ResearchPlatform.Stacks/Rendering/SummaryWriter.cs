using System.Text;
using ResearchPlatform.Components.Plan;
using ResearchPlatform.Components.Plan.Resources;
using ResearchPlatform.Components.Plan.Values;

namespace ResearchPlatform.Stacks.Rendering;

/// <summary>The one page a reviewer reads first: what the stack deploys, where it is reached, what is guarded.</summary>
public static class SummaryWriter
{
    /// <summary>The summary as Markdown.</summary>
    public static string Build(PlatformPlan plan)
    {
        var text = new StringBuilder();
        var resources = plan.Resources.ToList();
        text.Append($"# {plan.Project}: stack `{plan.Stack}`\n\n");
        text.Append($"Rendered offline from `Pulumi.{plan.Stack}.yaml`. Secrets appear only as references: ");
        text.Append("`${secret:resource.output}` for generated ones, `${secret:config:key.path}` for stack config.\n\n");
        text.Append($"{plan.Components.Count} components, {resources.Count} resources, dependency depth {plan.Graph.Depth}.\n\n");

        text.Append("## Components\n\n| component | type | parent | resources |\n|---|---|---|---|\n");
        foreach (var c in plan.Components)
        {
            text.Append($"| {c.Name} | `{c.Type}` | {c.Parent ?? "-"} | {c.Resources.Count} |\n");
        }

        text.Append("\n## Resources by kind\n\n| kind | count |\n|---|---|\n");
        foreach (var group in resources.GroupBy(r => r.Kind).OrderBy(g => g.Key))
        {
            text.Append($"| {group.Key} | {group.Count()} |\n");
        }

        var vms = resources.Where(r => r.Spec is VirtualMachineSpec).ToList();
        if (vms.Count > 0)
        {
            text.Append("\n## Virtual machines\n\n| VM | address | vCPU | memory | disk | template | protected |\n|---|---|---|---|---|---|---|\n");
            foreach (var vm in vms)
            {
                var spec = (VirtualMachineSpec)vm.Spec;
                text.Append($"| {spec.VmName} | {spec.Ipv4Address} | {spec.NumCpus} | {spec.MemoryMiB / 1024} GiB | {spec.Disks.Sum(d => d.SizeGiB)} GiB | {spec.Template} | {(vm.Options.Protect ? "yes" : "no")} |\n");
            }
        }

        text.Append("\n## Endpoints and outputs\n\n| output | value | what for |\n|---|---|---|\n");
        foreach (var output in plan.Outputs)
        {
            var value = output.Value.IsSecret ? "(secret)" : Inline(PlanValueResolver.Symbolic.Resolve(output.Value));
            text.Append($"| {output.Name} | {value} | {output.Description} |\n");
        }

        text.Append($"\n## Deployment order\n\n{plan.Graph.Depth} levels; resources of one level are created in parallel.\n");
        text.Append($"Critical path: {string.Join(" -> ", plan.Graph.CriticalPath)}\n");

        text.Append("\n## Guarded resources\n\nProtected (a delete or replacement needs `pulumi state unprotect` first):\n\n");
        foreach (var r in resources.Where(r => r.Options.Protect))
        {
            text.Append($"- {r.Name} ({r.Kind}{(r.Options.RetainOnDelete ? ", retained on delete" : "")})\n");
        }

        var replaceable = resources.Where(r => r.Options.Protect && r.Spec.ReplacedBy.Count > 0).ToList();
        if (replaceable.Count > 0)
        {
            text.Append("\nA change to one of these properties replaces the protected resource, and `pulumi up` stops there until it is unprotected; `render` warns when it sees one:\n\n");
            foreach (var r in replaceable)
            {
                text.Append($"- {r.Name}: {string.Join(", ", r.Spec.ReplacedBy)}\n");
            }
        }

        text.Append("\n## Namespaces\n\n| namespace | Pod Security | default-deny network policy |\n|---|---|---|\n");
        foreach (var (name, podSecurity, openBecause) in Namespaces(resources))
        {
            // A namespace below restricted shows the policy's reason for it, the one place exceptions are granted.
            var level = podSecurity == "restricted" || Policy.PolicyExceptions.For("pod-security", name) is not { } exception ? podSecurity : exception.Reason;
            text.Append($"| {name} | {level} | {(openBecause is null ? "yes" : $"no: {openBecause}")} |\n");
        }

        var privileged = resources.Where(r => r.Spec is HelmReleaseSpec { PrivilegedWorkloads.Count: > 0 }).ToList();
        text.Append("\n## Privileged workloads\n\nThe only workloads allowed to run privileged or on the host network; user pods never are.\n\n");
        foreach (var r in privileged)
        {
            foreach (var reason in ((HelmReleaseSpec)r.Spec).PrivilegedWorkloads)
            {
                text.Append($"- {r.Name}: {reason}\n");
            }
        }

        return text.ToString();
    }

    // Read from the manifests themselves, so the table shows what is applied, not what was meant.
    private static IEnumerable<(string Name, string PodSecurity, string? OpenBecause)> Namespaces(IReadOnlyList<PlanResource> resources)
    {
        var objects = resources.Select(r => r.Spec).OfType<KubernetesManifestSpec>().SelectMany(m => m.Objects).OfType<MapValue>().ToList();
        var denied = objects
            .Where(o => Text(o["kind"]) == "NetworkPolicy" && Text(Field(o, "metadata", "name")) == "default-deny")
            .Select(o => Text(Field(o, "metadata", "namespace")))
            .ToHashSet();
        foreach (var ns in objects.Where(o => Text(o["kind"]) == "Namespace"))
        {
            var name = Text(Field(ns, "metadata", "name"))!;
            var podSecurity = Text(Field(ns, "metadata", "labels", "pod-security.kubernetes.io/enforce")) ?? "-";
            yield return (name, podSecurity, denied.Contains(name) ? null : Text(Field(ns, "metadata", "annotations", "research-platform/no-default-deny")) ?? "(no reason given)");
        }
    }

    private static PlanValue? Field(MapValue map, params string[] path) =>
        path.Aggregate((PlanValue?)map, (current, key) => current is MapValue m ? m[key] : null);

    private static string? Text(PlanValue? value) => (value as LiteralValue)?.Value as string;

    private static string Inline(object? value) => value switch
    {
        string s => $"`{s}`",
        System.Collections.IEnumerable list => string.Join("<br/>", list.Cast<object?>().Select(Inline)),
        _ => $"`{value}`",
    };
}
