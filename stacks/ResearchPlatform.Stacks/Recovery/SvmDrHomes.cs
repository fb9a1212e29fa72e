using ResearchPlatform.Components.Storage;
using ResearchPlatform.Stacks.Config;

namespace ResearchPlatform.Stacks.Recovery;

/// <summary>
/// Homes on qtrees (<c>ontap-nas-economy</c>), which come along with their whole SVM by ONTAP SVM-DR
/// when <c>recovery.studentHomes</c> is <c>svm-dr</c>: which storage tiers and SVMs that covers.
/// </summary>
public static class SvmDrHomes
{
    /// <summary>The storage tiers SVM-DR carries to the other site; none unless <c>studentHomes</c> is <c>svm-dr</c>.</summary>
    public static IReadOnlyList<StorageTierConfig> Tiers(StackConfig config) =>
        config.Recovery.StudentHomes == StudentHomesRecovery.SvmDr
            ? [.. config.Storage.Tiers.Where(t => t.Driver == TridentDriver.OntapNasEconomy)]
            : [];

    /// <summary>The <c>svms[].name</c> of those tiers: at a standby, SVM-DR destinations the storage admins have not activated.</summary>
    public static IReadOnlySet<string> Svms(StackConfig config) => Tiers(config).Select(t => t.Svm).ToHashSet(StringComparer.Ordinal);
}
