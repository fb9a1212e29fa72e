using System.Text.RegularExpressions;
using ResearchPlatform.Components.Plan.Values;

namespace ResearchPlatform.Components.Plan;

/// <summary>Structural checks of a plan: names, references, providers and pins. All errors at once.</summary>
public static partial class PlanChecker
{
    private static readonly HashSet<ResourceKind> KubernetesKinds =
        [ResourceKind.HelmRelease, ResourceKind.KubernetesManifest, ResourceKind.KubernetesSecret];

    /// <summary>Every structural error of <paramref name="plan"/>; empty when it is consistent.</summary>
    public static IReadOnlyList<string> Check(PlatformPlan plan)
    {
        var errors = new List<string>();
        var components = new HashSet<string>(StringComparer.Ordinal);
        foreach (var component in plan.Components)
        {
            if (component.Parent is not null && !components.Contains(component.Parent))
            {
                errors.Add($"component '{component.Name}': parent '{component.Parent}' is not an earlier component");
            }

            if (!components.Add(component.Name))
            {
                errors.Add($"component '{component.Name}': the name is used twice");
            }
        }

        var resources = new Dictionary<string, PlanResource>(StringComparer.Ordinal);
        foreach (var resource in plan.Resources)
        {
            if (!PlanComponent.LogicalName().IsMatch(resource.Name))
            {
                errors.Add($"resource '{resource.Name}': names are lower-case letters, digits and '-'");
            }

            if (!resources.TryAdd(resource.Name, resource))
            {
                errors.Add($"resource '{resource.Name}': the name is used twice");
            }
        }

        foreach (var resource in plan.Resources)
        {
            var where = $"resource '{resource.Name}'";
            CheckReferences(where, resource.Spec.Properties(), resources, errors);
            foreach (var dependency in resource.DependsOn.Where(d => !resources.ContainsKey(d)))
            {
                errors.Add($"{where}: depends on '{dependency}', which is not in the plan");
            }

            CheckProvider(where, resource, resources, errors);
            if (resource.Spec is Resources.HelmReleaseSpec helm && !ExactVersion().IsMatch(helm.Chart.Version))
            {
                errors.Add($"{where}: chart version '{helm.Chart.Version}' is not an exact version");
            }

            if (resource.Spec is Resources.KubernetesManifestSpec manifest)
            {
                foreach (var file in manifest.Files.Where(f => !PinnedFile().IsMatch(f)))
                {
                    errors.Add($"{where}: manifest '{file}' is not an https URL naming an exact version (v1.2.3)");
                }
            }
        }

        var outputs = new HashSet<string>(StringComparer.Ordinal);
        foreach (var output in plan.Outputs)
        {
            if (!outputs.Add(output.Name))
            {
                errors.Add($"stack output '{output.Name}': the name is used twice");
            }

            CheckReferences($"stack output '{output.Name}'", output.Value, resources, errors);
        }

        return errors;
    }

    private static void CheckReferences(string where, PlanValue value, Dictionary<string, PlanResource> resources, List<string> errors)
    {
        foreach (var reference in value.References().OfType<OutputReference>())
        {
            if (!resources.TryGetValue(reference.Resource, out var target))
            {
                errors.Add($"{where}: references '{reference.DisplayName}', but there is no resource '{reference.Resource}'");
                continue;
            }

            var declared = target.Spec.Outputs.FirstOrDefault(o => o.Name == reference.Output);
            if (declared is null)
            {
                errors.Add($"{where}: references '{reference.DisplayName}', but {target.Kind} has no output '{reference.Output}'");
            }
            else if (declared.Secret != reference.Secret)
            {
                errors.Add($"{where}: references '{reference.DisplayName}' as {(reference.Secret ? "secret" : "plain")}, but it is {(declared.Secret ? "secret" : "plain")}");
            }
        }
    }

    private static void CheckProvider(string where, PlanResource resource, Dictionary<string, PlanResource> resources, List<string> errors)
    {
        var needsProvider = KubernetesKinds.Contains(resource.Kind);
        if (needsProvider && resource.Provider is null)
        {
            errors.Add($"{where}: a {resource.Kind} needs a Kubernetes provider");
        }
        else if (!needsProvider && resource.Provider is not null)
        {
            errors.Add($"{where}: a {resource.Kind} takes no Kubernetes provider");
        }
        else if (resource.Provider is not null
            && (!resources.TryGetValue(resource.Provider, out var provider) || provider.Kind != ResourceKind.KubernetesProvider))
        {
            errors.Add($"{where}: provider '{resource.Provider}' is not a KubernetesProvider of the plan");
        }
    }

    [GeneratedRegex(@"^v?[0-9]+\.[0-9]+\.[0-9]+(-[0-9A-Za-z.-]+)?\z")]
    private static partial Regex ExactVersion();

    [GeneratedRegex(@"^https://[^\s]+/v[0-9]+\.[0-9]+\.[0-9]+/[^\s]+\z")]
    private static partial Regex PinnedFile();
}
