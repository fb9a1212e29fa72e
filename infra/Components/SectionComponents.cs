using ResearchPlatform.Stacks.Sections;
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
using CoreAirflowArgs = ResearchPlatform.Components.Airflow.AirflowArgs;
using CoreCheckmkArgs = ResearchPlatform.Components.Checkmk.CheckmkArgs;
using CoreCkanArgs = ResearchPlatform.Components.Ckan.CkanArgs;
using CoreMonitoringArgs = ResearchPlatform.Components.Monitoring.MonitoringArgs;
using CoreEntryArgs = ResearchPlatform.Components.Entry.EntryArgs;
using CoreSupersetArgs = ResearchPlatform.Components.Superset.SupersetArgs;
using CoreStoreArgs = ResearchPlatform.Components.ObjectStorage.ObjectStorageArgs;
using CoreIdentityArgs = ResearchPlatform.Components.Identity.IdentityArgs;
using CorePostgresArgs = ResearchPlatform.Components.Postgres.PostgresArgs;
using CoreReplicationArgs = ResearchPlatform.Components.Replication.VolumeReplicationArgs;
using HubArgs = ResearchPlatform.Components.JupyterHub.JupyterHubArgs;
using CoreServingArgs = ResearchPlatform.Components.ModelServing.ModelServingArgs;

namespace ResearchPlatform.Infra.Components;

/// <summary>
/// The typed component of each section, as the stack program builds it from the section's design:
/// a section registered in <see cref="PlatformSections"/> gets its line here.
/// </summary>
public static class SectionComponents
{
    /// <summary>Creates the typed component of <paramref name="design"/> on the base platform and the sections before it.</summary>
    /// <exception cref="InvalidOperationException">The section has no typed component yet.</exception>
    public static PlatformComponentResource Create(SectionDesign design, KubernetesCluster cluster, PlatformNamespaces namespaces, Storage storage, IReadOnlyList<PlatformComponentResource> earlier) => design.Section switch
    {
        EntrySection => new EntryPoint("entry", new EntryPointArgs { Cluster = cluster, Namespaces = namespaces, Entry = (CoreEntryArgs)design.Args }),
        IdentitySection => new IdentityBroker("identity", new IdentityBrokerArgs { Cluster = cluster, Namespaces = namespaces, Entry = earlier.OfType<EntryPoint>().Single(), Identity = (CoreIdentityArgs)design.Args }),
        PostgresSection => new PlatformPostgres("postgres", new PlatformPostgresArgs { Cluster = cluster, Namespaces = namespaces, Storage = storage, Entry = earlier.OfType<EntryPoint>().Single(), Postgres = (CorePostgresArgs)design.Args }),
        ReplicationSection => new VolumeReplication("replication", new VolumeReplicationArgs { Cluster = cluster, Namespaces = namespaces, Storage = storage, Replication = (CoreReplicationArgs)design.Args }),
        ObjectStorageSection => new ObjectStorage("objectstorage", new ObjectStorageArgs { Cluster = cluster, Namespaces = namespaces, Storage = storage, Entry = earlier.OfType<EntryPoint>().Single(), Replication = earlier.OfType<VolumeReplication>().SingleOrDefault(), Store = (CoreStoreArgs)design.Args }),
        JupyterHubSection => new JupyterHub("jupyterhub", new JupyterHubArgs { Cluster = cluster, Namespaces = namespaces, Storage = storage, Entry = earlier.OfType<EntryPoint>().Single(), Identity = earlier.OfType<IdentityBroker>().SingleOrDefault(), Postgres = earlier.OfType<PlatformPostgres>().SingleOrDefault(), ObjectStorage = earlier.OfType<ObjectStorage>().SingleOrDefault(), Replication = earlier.OfType<VolumeReplication>().SingleOrDefault(), Hub = (HubArgs)design.Args }),
        CkanSection => new Ckan("ckan", new CkanArgs { Cluster = cluster, Namespaces = namespaces, Storage = storage, Entry = earlier.OfType<EntryPoint>().Single(), Identity = earlier.OfType<IdentityBroker>().Single(), Postgres = earlier.OfType<PlatformPostgres>().Single(), ObjectStorage = earlier.OfType<ObjectStorage>().Single(), Ckan = (CoreCkanArgs)design.Args }),
        SupersetSection => new Superset("superset", new SupersetArgs { Cluster = cluster, Namespaces = namespaces, Entry = earlier.OfType<EntryPoint>().Single(), Identity = earlier.OfType<IdentityBroker>().Single(), Postgres = earlier.OfType<PlatformPostgres>().Single(), Superset = (CoreSupersetArgs)design.Args }),
        AirflowSection => new Airflow("airflow", new AirflowArgs { Cluster = cluster, Namespaces = namespaces, Entry = earlier.OfType<EntryPoint>().Single(), Identity = earlier.OfType<IdentityBroker>().Single(), Postgres = earlier.OfType<PlatformPostgres>().Single(), ObjectStorage = earlier.OfType<ObjectStorage>().Single(), Airflow = (CoreAirflowArgs)design.Args }),
        ModelServingSection => new ModelServing("modelserving", new ModelServingArgs { Cluster = cluster, Namespaces = namespaces, Entry = earlier.OfType<EntryPoint>().Single(), Identity = earlier.OfType<IdentityBroker>().Single(), ObjectStorage = earlier.OfType<ObjectStorage>().Single(), Serving = (CoreServingArgs)design.Args }),
        MonitoringSection => new Monitoring("monitoring", new MonitoringArgs { Cluster = cluster, Namespaces = namespaces, Storage = storage, Entry = earlier.OfType<EntryPoint>().Single(), Identity = earlier.OfType<IdentityBroker>().Single(), Monitoring = (CoreMonitoringArgs)design.Args }),
        CheckmkSection => new CheckmkAgent("checkmk", new CheckmkAgentArgs { Cluster = cluster, Namespaces = namespaces, Entry = earlier.OfType<EntryPoint>().Single(), Checkmk = (CoreCheckmkArgs)design.Args }),
        _ => throw new InvalidOperationException($"section '{design.Section.Key}' has no typed component: add it to {nameof(SectionComponents)}"),
    };
}
