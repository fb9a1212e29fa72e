using ResearchPlatform.Stacks.Sections.Airflow;
using ResearchPlatform.Stacks.Sections.Checkmk;
using ResearchPlatform.Stacks.Sections.Ckan;
using ResearchPlatform.Stacks.Sections.Entry;
using ResearchPlatform.Stacks.Sections.Identity;
using ResearchPlatform.Stacks.Sections.JupyterHub;
using ResearchPlatform.Stacks.Sections.ModelServing;
using ResearchPlatform.Stacks.Sections.Monitoring;
using ResearchPlatform.Stacks.Sections.ObjectStorage;
using ResearchPlatform.Stacks.Sections.Postgres;
using ResearchPlatform.Stacks.Sections.Replication;
using ResearchPlatform.Stacks.Sections.Superset;

namespace ResearchPlatform.Stacks.Sections;

/// <summary>The platform's sections, in the order they are composed: a tool is registered here, once.</summary>
public static class PlatformSections
{
    public static IReadOnlyList<IPlatformSection> All { get; } =
    [
        new EntrySection(),
        new IdentitySection(),
        new PostgresSection(),
        new ReplicationSection(),
        new ObjectStorageSection(),
        new JupyterHubSection(),
        new CkanSection(),
        new SupersetSection(),
        new AirflowSection(),
        new ModelServingSection(),
        new MonitoringSection(),
        new CheckmkSection(),
    ];

    /// <summary>The sections that run at this site: all of them, but at a standby only those that run there (<see cref="IPlatformSection.RunsAtStandby"/>).</summary>
    public static IEnumerable<IPlatformSection> Running(Config.StackConfig config) =>
        All.Where(section => config.Site.Role != Config.SiteRole.Standby || section.RunsAtStandby(config));
}
