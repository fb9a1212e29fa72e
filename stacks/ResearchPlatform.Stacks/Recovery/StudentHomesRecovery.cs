namespace ResearchPlatform.Stacks.Recovery;

/// <summary>
/// How student homes (<c>ontap-nas-economy</c> qtrees, which SnapMirror cannot mirror per claim) come
/// to the other site: <c>research-platform:recovery.studentHomes</c>.
/// </summary>
public enum StudentHomesRecovery
{
    /// <summary>ONTAP SVM-DR replicates the whole SVM, qtrees included; the storage admins set it up, the runbook activates it.</summary>
    SvmDr,

    /// <summary>Only the SVM's backups: student homes start empty at the other site and are restored on request.</summary>
    Backups,
}
