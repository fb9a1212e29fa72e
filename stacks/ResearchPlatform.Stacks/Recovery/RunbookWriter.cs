using System.Globalization;
using System.Text;
using ResearchPlatform.Components.Plan;
using ResearchPlatform.Stacks.Config;
using ResearchPlatform.Stacks.Sections.Replication;

namespace ResearchPlatform.Stacks.Recovery;

/// <summary>
/// The failover runbook of a stack, generated from its plan: the steps in order, for each what the
/// program does and what a person does and the check that proves it worked; the modelled recovery
/// time from the plan's critical path; the RPO of each data class. Then failback.
/// </summary>
public static class RunbookWriter
{
    /// <summary>The runbook's file in the render.</summary>
    public const string FileName = "runbook.md";

    /// <summary>The modelled recovery time of <paramref name="plan"/> in minutes: fencing, the critical path, DNS.</summary>
    public static double ModelledMinutes(PlatformPlan plan, StackConfig config) =>
        config.Recovery.FenceMinutes + (RecoveryDurations.CriticalPath(plan, config.Recovery).Seconds / 60.0) + config.Recovery.DnsMinutes;

    /// <summary>The runbook's markdown.</summary>
    public static string Build(PlatformPlan plan, StackConfig config)
    {
        var recovery = config.Recovery;
        var site = config.Site.Name;
        var peer = config.Postgres.Backup.Peer?.Site ?? "the failed site";
        var domain = config.Entry.Domain;
        var (path, seconds) = RecoveryDurations.CriticalPath(plan, recovery);
        var modelled = ModelledMinutes(plan, config);
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"# Runbook: stack `{plan.Stack}` (site {site}) takes over\n\n");
        text.Append(CultureInfo.InvariantCulture, $"Generated from the plan by `research-platform runbook {plan.Stack}`; this site's role now: `{config.Site.Role.ToString().ToLowerInvariant()}`.\n\n");
        text.Append(CultureInfo.InvariantCulture, $"**Modelled recovery time: {Minutes(modelled)}** (target {recovery.TargetMinutes} min: {(modelled <= recovery.TargetMinutes ? "within it" : "EXCEEDS IT")}) = fencing {recovery.FenceMinutes} min + the plan's critical path {Minutes(seconds / 60.0)} + DNS {recovery.DnsMinutes} min. The path is that of a site built from nothing (recovering without having been a standby), the worst case: a standby already runs the base layer, and the tools start once their data is promoted.\n\n");

        text.Append("## Failover\n\n| # | who | step | check that it worked |\n|---|---|---|---|\n");
        Step(text, 1, "a person", $"Fence {peer}: isolate its VMs and its SVM so that nothing there writes the data any more (about {recovery.FenceMinutes} min).", $"{peer}'s API VIP and Gateway address no longer answer from this site.");
        Step(text, 2, "a person", $"Set `research-platform:site.role: recovering` in `Pulumi.{plan.Stack}.yaml` and merge it; {peer}'s file may still say primary.", $"`research-platform validate {plan.Stack}` passes; `research-platform diff` shows the role.");
        var number = 3;
        if (recovery.StudentHomes == StudentHomesRecovery.SvmDr)
        {
            Step(text, number++, "a storage admin", $"Activate the SVM-DR destination of the student homes' SVM at this site ({SvmNames(config)}: break the SVM relationship, start the destination SVM), before the program runs: Trident cannot, and the program declares its backend only now.", "The destination SVM is running and its qtree volumes are read-write (`vserver show`, `snapmirror show`).");
        }

        Step(text, number++, "the program", $"The DR workflow: `pulumi up -s {plan.Stack}` on the merged stack file creates or updates the plan's {plan.Resources.Count()} resources in {plan.Graph.Depth} rounds (critical path {Minutes(seconds / 60.0)}: {Shorten(path)}). The database's `replica.primary` becomes `{site}`: CloudNativePG promotes it in place.{Promotion(config)} Then the tools start: the hub, the catalog, dashboards, pipelines and models, on the promoted database{(config.Replication is null ? "" : " and volumes")}.{StudentImports(config)}", $"`kubectl -n postgres get cluster platform` reports a primary at this site;{(config.Replication is null ? "" : " `kubectl get amr -A` shows every mirror `Promoted`;")}{(SvmDrHomes.Tiers(config).Count == 0 ? "" : " `kubectl -n trident get tbc` shows the student homes' backend `Bound`, `Success`;")} no `ApiVipDown` or `GatewayDown` alert here.");
        if (config.Ckan is not null)
        {
            // Solr's index is derived from the catalog's database, so it is rebuilt rather than mirrored.
            Step(text, number++, "a person", $"Rebuild CKAN's search index from its promoted database: `kubectl -n {Components.Ckan.Ckan.Namespace} exec deploy/ckan -- ckan search-index rebuild`.", $"A search at https://{config.Ckan.Hostname} lists the catalog's datasets.");
        }

        Step(text, number++, "a person", $"Point `*.{domain}` at this site's entry address {config.Entry.Address} (about {recovery.DnsMinutes} min with the records' TTL).", $"`dig +short hub.{domain}` answers {config.Entry.Address}.");
        Step(text, number, "a person", $"Tell the users; log in at https://{config.JupyterHub.Hostname}.", "The hub lists users' servers again; Grafana's overview shows spawns at this site.");

        text.Append("\n## Data classes\n\n| data | how it comes along | RPO |\n|---|---|---|\n");
        foreach (var (data, how, rpo) in DataClasses(config))
        {
            text.Append(CultureInfo.InvariantCulture, $"| {data} | {how} | {rpo} |\n");
        }

        text.Append(CultureInfo.InvariantCulture, $"\n## Failback\n\nOnce {peer} is rebuilt, in one change: set this site's role `primary` and {peer}'s `standby` (its `postgres.backup.peer` and `replication.peer` name `{site}`), and run `pulumi up -s` on this stack, then on {peer}'s. This site becomes the source: the plan drops its mirror relationships (which turns the promoted applications into sources, Trident Protect's reverse resync) and declares the applications and schedules; its stack output `protectedApplications` names them, whose UIDs go into {peer}'s `replication.peer.applications`. {peer}'s database becomes a replica cluster of this site's mirrored backups, its volumes mirrors of this site's{(SvmDrHomes.Tiers(config).Count == 0 ? "" : $", and the storage admins reverse the student homes' SVM-DR towards {peer}")}. When both lag little, fence this site and run the steps above for {peer} (role `recovering`, then `primary`), this site becoming `standby`.\n");
        return text.ToString();
    }

    private static string SvmNames(StackConfig config) =>
        string.Join(", ", config.Storage.Svms.Where(v => SvmDrHomes.Svms(config).Contains(v.Name)).Select(v => $"`{v.Svm}`"));

    private static string StudentImports(StackConfig config) => SvmDrHomes.Tiers(config).Count == 0
        ? ""
        : " Student homes come back one by one, each at its owner's next login: the hub finds in its promoted database which qtree the home was, and the claim the spawner makes imports it (Trident's qtree import), so no recorded home starts empty.";

    private static string Promotion(StackConfig config) => config.Replication is null || ReplicationSection.Claims(config).Count == 0
        ? ""
        : $" Trident Protect promotes the volume mirrors ({string.Join(", ", ReplicationSection.Claims(config).Select(c => $"`{c.Namespace}/{c.Name}`"))}) and the program waits until each reports `Promoted`, so every claim is back, read-write, before its owner starts.";

    private static IEnumerable<(string Data, string How, string Rpo)> DataClasses(StackConfig config)
    {
        yield return config.Postgres.Backup.Peer is { } peer
            ? ("PostgreSQL (the hub's and every tool's database)", $"a replica cluster of {peer.Site}'s backups, mirrored into this site's store (`{peer.Bucket}`), promoted in place", $"{config.Recovery.DatabaseRpo} min (WAL archive timeout {RecoveryConfig.ArchiveTimeoutMinutes} + mirror {config.Recovery.MirrorIntervalMinutes}; stated {config.Recovery.DatabaseRpoMinutes})")
            : ("PostgreSQL", "backups only, at the failed site: no `postgres.backup.peer`, nothing to recover from here", "everything since the last backup that left the site");
        var claims = ReplicationSection.Claims(config);
        yield return config.Replication is { } replication && claims.Count > 0
            ? ("researcher homes and tool volumes (`ontap-nas`)", $"SnapMirror by Trident Protect: {string.Join(", ", claims.Select(c => c.Selector is { } label ? $"the claims labelled `{label}` in `{c.Namespace}`" : $"every claim in `{c.Namespace}`"))}, new ones included; mirrored here as a standby, promoted when recovering, found again by their owners", $"{replication.Rpo} min (a snapshot every {replication.IntervalMinutes} min, a transfer every {replication.IntervalMinutes} min; stated {config.Recovery.VolumeRpoMinutes})")
            : ("researcher homes and tool volumes (`ontap-nas`)", "not replicated: no `research-platform:replication` at this site", "all");
        yield return config.Recovery.StudentHomes == StudentHomesRecovery.SvmDr
            ? ("student homes (`ontap-nas-economy`)", "ONTAP SVM-DR of their SVM (qtrees cannot be mirrored per claim), set up by the storage admins and activated in the runbook; each home reconnected at its owner's next login from the qtree the hub recorded in its database (Trident's qtree import, a Tech Preview in Trident 26.06)", $"{config.Recovery.SvmDrIntervalMinutes} min (the SVM-DR schedule); a home first used within the database's RPO before the disaster is not recorded yet and starts empty, its qtree kept on the SVM")
            : ("student homes (`ontap-nas-economy`)", "backups only (`recovery.studentHomes: backups`): they start empty here and are restored on request", "the SVM's backup interval; until restored, all");
        yield return config.ObjectStorage.Server == Sections.ObjectStorage.ObjectStorageServer.External
            ? ("object storage", "the site's own store: its buckets mirrored by ONTAP SnapMirror S3, set up by the storage admins outside the program", "the SnapMirror S3 schedule")
            : ("object storage", claims.Any(c => c.Name == Sections.ObjectStorage.ObjectStorageSection.ReplicatedClaimsName) ? "SeaweedFS's volumes, with the homes above: the store starts on the promoted volumes" : "not replicated: no `research-platform:replication` at this site", config.Replication is { } r && claims.Count > 0 ? $"{r.Rpo} min" : "all");
        yield return ("department drives", "site-independent (the university's DFS): nothing to do", "0");
    }

    private static void Step(StringBuilder text, int number, string who, string step, string check) =>
        text.Append(CultureInfo.InvariantCulture, $"| {number} | {who} | {step} | {check} |\n");

    private static string Minutes(double minutes) => string.Create(CultureInfo.InvariantCulture, $"{Math.Ceiling(minutes)} min");

    private static string Shorten(IReadOnlyList<string> path) =>
        path.Count <= 6 ? string.Join(" → ", path) : $"{string.Join(" → ", path.Take(3))} → … → {string.Join(" → ", path.TakeLast(2))}";
}
