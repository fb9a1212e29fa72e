using ResearchPlatform.Components.Plan;
using ResearchPlatform.Components.Storage;
using ResearchPlatform.Stacks.Config;
using ResearchPlatform.Stacks.Validation;

namespace ResearchPlatform.Stacks.Recovery;

/// <summary>
/// With <c>recovery.studentHomes: svm-dr</c>, the homes it carries are on qtrees, and their SVM holds
/// nothing else: SVM-DR replicates a whole SVM, and its destination is stopped until it is activated.
/// </summary>
public sealed class SvmDrRules : IConfigRule
{
    public IReadOnlyList<string> Reads { get; } = ["research-platform:recovery", "research-platform:storage"];

    public IEnumerable<ConfigError> Check(StackConfig config)
    {
        if (config.Recovery.StudentHomes != StudentHomesRecovery.SvmDr)
        {
            yield break;
        }

        var tiers = config.Storage.Tiers;
        if (SvmDrHomes.Tiers(config).Count == 0)
        {
            yield return new(ConfigPath.Child(ConfigPath.Section("recovery"), "studentHomes"),
                "is 'svm-dr', but no storage tier is 'ontap-nas-economy': only qtrees need SVM-DR; set it to 'backups', or put the student tier on 'ontap-nas-economy'");
            yield break;
        }

        for (var i = 0; i < tiers.Count; i++)
        {
            var tier = tiers[i];
            if (tier.Driver != TridentDriver.OntapNasEconomy
                || tiers.FirstOrDefault(t => t.Svm == tier.Svm && t.Driver != TridentDriver.OntapNasEconomy) is not { } other)
            {
                continue;
            }

            yield return new(ConfigPath.Child(ConfigPath.Item(ConfigPath.Child(ConfigPath.Section("storage"), "tiers"), i), "svm"),
                $"SVM '{tier.Svm}' also holds tier '{other.Name}' ({Kebab.Of(other.Driver)}), but recovery.studentHomes 'svm-dr' replicates and stops this tier's whole SVM: give the qtree tiers an SVM of their own (add one to storage.svms in each stack file)");
        }
    }
}
