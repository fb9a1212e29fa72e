using System.Globalization;
using ResearchPlatform.Components.Plan;
using ResearchPlatform.Components.Plan.Resources;
using ResearchPlatform.Components.Plan.Values;
using static ResearchPlatform.Components.Plan.Values.PlanValues;

namespace ResearchPlatform.Components.Storage;

/// <summary>
/// A TridentBackendConfig per SVM and driver the tiers use, each tier a virtual pool labelled
/// <c>tier=&lt;name&gt;</c> with its service level; the SVM credentials come from a Secret.
/// </summary>
public static class TridentBackends
{
    public const string Type = "research-platform:storage:TridentBackends";

    /// <exception cref="ArgumentException">A tier names an SVM that is not among <paramref name="svms"/>.</exception>
    public static PlanComponent Build(IReadOnlyList<OntapSvm> svms, IReadOnlyList<StorageTier> tiers, KubernetesWiring on, string? parent = null)
    {
        var resources = new List<PlanResource>();
        foreach (var group in tiers.GroupBy(t => t.Svm))
        {
            var svm = svms.FirstOrDefault(s => s.Name == group.Key)
                ?? throw new ArgumentException($"tier {group.First().Name}: SVM '{group.Key}' is not declared", nameof(tiers));
            var credentials = new PlanResource
            {
                Name = $"backend-{svm.Name}-credentials",
                Provider = on.ProviderName,
                DependsOn = on.AfterNames,
                Spec = new KubernetesSecretSpec
                {
                    SecretName = $"backend-{svm.Name}-credentials",
                    Namespace = Trident.Namespace,
                    StringData = [KeyValuePair.Create<string, PlanValue>("username", svm.Username), KeyValuePair.Create("password", svm.Password)],
                },
            };
            resources.Add(credentials);
            foreach (var byDriver in group.GroupBy(t => t.Driver))
            {
                var name = TridentBackendHandle.Of(svm.Name, byDriver.Key).Name;
                resources.Add(new PlanResource
                {
                    Name = $"backend-{name}",
                    Provider = on.ProviderName,
                    DependsOn = [.. on.AfterNames, credentials.Name],

                    // The backend is how Trident manages every volume on it.
                    Options = PlanResourceOptions.Stateful,
                    Spec = new KubernetesManifestSpec { Objects = [Backend(name, svm, byDriver.Key, byDriver.ToList(), credentials)] },
                });
            }
        }

        return new PlanComponent(Type, "trident-backends", resources, parent);
    }

    private static PlanValue Backend(string name, OntapSvm svm, TridentDriver driver, IReadOnlyList<StorageTier> tiers, PlanResource credentials) => Map(
        ("apiVersion", "trident.netapp.io/v1"),
        ("kind", "TridentBackendConfig"),
        ("metadata", Map(("name", name), ("namespace", Trident.Namespace))),
        ("spec", Map(
            ("version", 1),
            ("storageDriverName", Kebab.Of(driver)),
            ("backendName", name),
            ("managementLIF", svm.ManagementLif),
            ("dataLIF", svm.DataLif),
            ("svm", svm.Svm),
            ("credentials", Map(("name", ((KubernetesSecretSpec)credentials.Spec).SecretName))),

            // Deleting this object must never take the backend, and with it the volumes' management, away.
            ("deletionPolicy", "retain"),
            ("storage", List(tiers.Select(t => (PlanValue)Map(
                ("labels", Map(("tier", t.Name))),
                ("defaults", Map(
                    ("snapshotPolicy", t.SnapshotPolicy),
                    ("snapshotReserve", t.SnapshotReserve.ToString(CultureInfo.InvariantCulture)),
                    ("qosPolicy", t.QosPolicy),
                    ("exportPolicy", t.ExportPolicy),
                    ("encryption", t.Encryption ? "true" : "false"),
                    ("unixPermissions", t.UnixPermissions))))))))));
}
