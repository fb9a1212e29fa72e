using System.Collections.Immutable;
using Pulumi;
using ResearchPlatform.Infra.Components;
using ResearchPlatform.Infra.Tests.Support;
using ResearchPlatform.Stacks.Composition;
using ResearchPlatform.Stacks.Config;
using ResearchPlatform.Tests.Support;
using PlatformNamespaces = ResearchPlatform.Infra.Components.PlatformNamespaces;

namespace ResearchPlatform.Infra.Tests;

/// <summary>The typed components composed by hand, as a Pulumi C# user would, outside the stack program.</summary>
public class ComponentCompositionTests
{
    [Fact]
    public async Task Compose_ClusterAndNamespacesOutsideTheStackProgram_GivesTypedOutputs()
    {
        var design = PlatformComposer.Design(StackLoader.Load(RepoPaths.Root, "prod").Config);
        PulumiRun.UseConfig(PulumiConfigFixture.FromStackFile(Path.Combine(RepoPaths.Root, "Pulumi.prod.yaml")));
        KubernetesCluster? cluster = null;
        PlatformNamespaces? namespaces = null;

        var (_, mocks) = await PulumiRun.ProgramAsync(() =>
        {
            cluster = new KubernetesCluster("lab", new KubernetesClusterArgs { Design = design.Cluster with { WorkerPools = [design.Cluster.WorkerPools[0]] } });
            namespaces = new PlatformNamespaces("lab-namespaces", new PlatformNamespacesArgs { Cluster = cluster, Namespaces = design.Namespaces });
        });

        Assert.Equal("research-platform:cluster:KubernetesCluster", mocks.Registered["lab"].Type);
        Assert.Equal("research-platform:platform:Namespaces", mocks.Registered["lab-namespaces"].Type);
        Assert.Equal("https://10.41.20.10:6443", await PulumiRun.ValueAsync(cluster!.ApiServer));
        Assert.True(await Output.IsSecretAsync(cluster.Kubeconfig));
        Assert.Contains("server: https://10.41.20.10:6443", await PulumiRun.ValueAsync(cluster.Kubeconfig));
        Assert.Equal(["dsp-prod-cp-1", "dsp-prod-cp-2", "dsp-prod-cp-3"], (await PulumiRun.ValueAsync(cluster.ControlPlane.Nodes)).ToArray());
        Assert.Single(cluster.WorkerPools);
        Assert.Equal(design.Namespaces.Select(n => n.Name), (await PulumiRun.ValueAsync(namespaces!.Names)).ToArray());
        Assert.Same(cluster.Provider, ((CustomResourceOptions)cluster.Network.Resources.Values.Single().Options).Provider);
        Assert.DoesNotContain(mocks.Registered.Keys, k => k.StartsWith("backend-", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Compose_WorkerPoolAddedToACluster_JoinsThroughItsFirstControlPlaneNode()
    {
        var design = PlatformComposer.Design(StackLoader.Load(RepoPaths.Root, "prod").Config);
        PulumiRun.UseConfig(PulumiConfigFixture.FromStackFile(Path.Combine(RepoPaths.Root, "Pulumi.prod.yaml")));
        NodePool? extra = null;
        KubernetesCluster? cluster = null;

        var (_, mocks) = await PulumiRun.ProgramAsync(() =>
        {
            cluster = new KubernetesCluster("cluster", new KubernetesClusterArgs { Design = design.Cluster with { WorkerPools = [] } });
            extra = new NodePool("pool-general", new WorkerPoolArgs { Cluster = cluster, Pool = design.Cluster.WorkerPools[0] });
        });

        Assert.Equal("research-platform:compute:WorkerPool", mocks.Registered["pool-general"].Type);
        Assert.Same(cluster, extra!.ParentComponent);
        Assert.Contains(cluster!.ControlPlane.Resources["cp-1"].Resource, extra.Resources["general-1"].DependsOn);
        Assert.Equal(design.Cluster.WorkerPools[0].Nodes.Count, extra.Resources.Count);
        Assert.Equal(design.Cluster.WorkerPools[0].Nodes.Select(n => n.Address), (await PulumiRun.ValueAsync(extra.Addresses)).ToArray());
    }

    [Fact]
    public async Task Compose_EntryPointOnACluster_ExposesItsAddressAndGateway()
    {
        var design = PlatformComposer.Design(StackLoader.Load(RepoPaths.Root, "prod").Config);
        PulumiRun.UseConfig(PulumiConfigFixture.FromStackFile(Path.Combine(RepoPaths.Root, "Pulumi.prod.yaml")));
        var entryArgs = (ResearchPlatform.Components.Entry.EntryArgs)design.Sections.Single(s => s.Section.Key == "entry").Args;
        EntryPoint? entry = null;

        var (_, mocks) = await PulumiRun.ProgramAsync(() =>
        {
            var cluster = new KubernetesCluster("cluster", new KubernetesClusterArgs { Design = design.Cluster with { WorkerPools = [] } });
            var namespaces = new PlatformNamespaces("namespaces", new PlatformNamespacesArgs { Cluster = cluster, Namespaces = design.Namespaces });
            entry = new EntryPoint("entry", new EntryPointArgs { Cluster = cluster, Namespaces = namespaces, Entry = entryArgs });
        });

        Assert.Equal("research-platform:entry:EntryPoint", mocks.Registered["entry"].Type);
        Assert.Equal("10.41.20.100", await PulumiRun.ValueAsync(entry!.Address));
        Assert.Equal("traefik/platform", await PulumiRun.ValueAsync(entry.GatewayName));
        Assert.Equal(("platform", "traefik", "https-hub"), (entry.Gateway.Name, entry.Gateway.Namespace, entry.Gateway.Listener("hub.dsp.uni-example.edu")));
        Assert.Contains(entry.Traefik.Resources["traefik"].DependsOn, r => ReferenceEquals(r, entry.GatewayApi.Resources["gateway-api-crds"].Resource));
    }

    [Fact]
    public async Task Compose_ObjectStorageOnTheEntryPointsIssuer_GivesItsEndpointAndKeepsTheServers()
    {
        var design = PlatformComposer.Design(StackLoader.Load(RepoPaths.Root, "prod").Config);
        PulumiRun.UseConfig(PulumiConfigFixture.FromStackFile(Path.Combine(RepoPaths.Root, "Pulumi.prod.yaml")));
        var entryArgs = (ResearchPlatform.Components.Entry.EntryArgs)design.Sections.Single(s => s.Section.Key == "entry").Args;
        var storeArgs = (ResearchPlatform.Components.ObjectStorage.ObjectStorageArgs)design.Sections.Single(s => s.Section.Key == "objectStorage").Args;
        ObjectStorage? store = null;

        var (_, mocks) = await PulumiRun.ProgramAsync(() =>
        {
            var cluster = new KubernetesCluster("cluster", new KubernetesClusterArgs { Design = design.Cluster with { WorkerPools = [] } });
            var namespaces = new PlatformNamespaces("namespaces", new PlatformNamespacesArgs { Cluster = cluster, Namespaces = design.Namespaces });
            var storage = new Storage("storage", new StorageArgs { Cluster = cluster, Namespaces = namespaces, Design = design.Storage });
            var entry = new EntryPoint("entry", new EntryPointArgs { Cluster = cluster, Namespaces = namespaces, Entry = entryArgs });
            store = new ObjectStorage("objectstorage", new ObjectStorageArgs { Cluster = cluster, Namespaces = namespaces, Storage = storage, Entry = entry, Store = storeArgs });
        });

        Assert.Equal("research-platform:objectstorage:ObjectStorage", mocks.Registered["objectstorage"].Type);
        Assert.Equal("https://seaweedfs-s3.objectstore.svc:8443", await PulumiRun.ValueAsync(store!.Endpoint));
        Assert.Equal(["research", "models", "ckan-uploads", "airflow-logs"], (await PulumiRun.ValueAsync(store.Buckets)).ToArray());
        Assert.Equal((true, true), (store.Resources["seaweedfs"].Options.Protect, store.Resources["seaweedfs"].Options.RetainOnDelete));
        Assert.Equal(["airflow", "ckan", "modelserving", "notebooks-researcher", "notebooks-student"], store.Handle.Keys.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("random:index/randomPassword:RandomPassword", mocks.Registered["s3-notebooks-student-secret-key"].Type);
    }

    [Fact]
    public async Task Compose_ModelServingOnTheBrokerAndTheStore_ServesEachModelBehindSignIn()
    {
        var design = PlatformComposer.Design(StackLoader.Load(RepoPaths.Root, "prod").Config);
        PulumiRun.UseConfig(PulumiConfigFixture.FromStackFile(Path.Combine(RepoPaths.Root, "Pulumi.prod.yaml")));
        ModelServing? serving = null;

        var (_, mocks) = await PulumiRun.ProgramAsync(() =>
        {
            var p = ToolPlatform.Compose(design);
            serving = new ModelServing("modelserving", new ModelServingArgs
            {
                Cluster = p.Cluster,
                Namespaces = p.Namespaces,
                Entry = p.Entry,
                Identity = p.Identity,
                ObjectStorage = p.ObjectStorage,
                Serving = ToolPlatform.Args<ResearchPlatform.Components.ModelServing.ModelServingArgs>(design, "modelServing"),
            });
        });

        Assert.Equal("research-platform:modelserving:ModelServing", mocks.Registered["modelserving"].Type);
        Assert.Equal("https://models.dsp.uni-example.edu", await PulumiRun.ValueAsync(serving!.Url));
        Assert.Equal(["iris-classifier", "enzyme-activity"], (await PulumiRun.ValueAsync(serving.Models)).ToArray());
        Assert.Equal("kubernetes:yaml/v2:ConfigGroup", mocks.Registered["model-iris-classifier"].Type);
        Assert.Equal("kubernetes:core/v1:Secret", mocks.Registered["models-auth"].Type);
        Assert.Equal("random:index/randomBytes:RandomBytes", mocks.Registered["models-cookie-secret"].Type);

        // The route waits for every model's servers and for the Gateway; the servers for their secrets.
        var route = serving.Resources["models-route"].DependsOn;
        Assert.Contains(serving.Resources["model-enzyme-activity"].Resource, route);
        Assert.Equal(2, serving.Resources["model-iris-classifier"].DependsOn.Count(d => ReferenceEquals(d, serving.Resources["models-auth"].Resource) || ReferenceEquals(d, serving.Resources["models-loader"].Resource)));
        Assert.Contains("path: /v2/models/iris-classifier/ready", (string)mocks.Inputs("model-iris-classifier")["yaml"]);
    }

    [Fact]
    public async Task Compose_AirflowOnTheDatabaseTheStoreAndTheBroker_RunsTheChartAfterItsSecrets()
    {
        var design = PlatformComposer.Design(StackLoader.Load(RepoPaths.Root, "prod").Config);
        PulumiRun.UseConfig(PulumiConfigFixture.FromStackFile(Path.Combine(RepoPaths.Root, "Pulumi.prod.yaml")));
        Airflow? airflow = null;

        var (_, mocks) = await PulumiRun.ProgramAsync(() =>
        {
            var p = ToolPlatform.Compose(design);
            airflow = new Airflow("airflow", new AirflowArgs
            {
                Cluster = p.Cluster,
                Namespaces = p.Namespaces,
                Entry = p.Entry,
                Identity = p.Identity,
                Postgres = p.Postgres,
                ObjectStorage = p.ObjectStorage,
                Airflow = ToolPlatform.Args<ResearchPlatform.Components.Airflow.AirflowArgs>(design, "airflow"),
            });
        });

        // The component and its release share the name: the release registers last.
        Assert.Equal("research-platform:airflow:Airflow", airflow!.GetResourceType());
        Assert.Equal("kubernetes:helm.sh/v3:Release", mocks.Registered["airflow"].Type);
        Assert.Equal("https://airflow.dsp.uni-example.edu", await PulumiRun.ValueAsync(airflow.Url));
        var release = airflow.Resources["airflow"];
        Assert.All(new[] { "airflow-metadata", "airflow-keys", "airflow-platform", "airflow-git-credentials", "airflow-ca" },
            name => Assert.Contains(airflow.Resources[name].Resource, release.DependsOn));
        Assert.Equal("kubernetes:core/v1:Secret", mocks.Registered["airflow-keys"].Type);
        var apiServer = (ImmutableDictionary<string, object>)((ImmutableDictionary<string, object>)mocks.Inputs("airflow")["values"])["apiServer"];
        Assert.Contains("\"DSP-Researchers\": [\"User\"]", (string)apiServer["apiServerConfig"]);
    }

    [Fact]
    public async Task Compose_SupersetThroughItsOperator_InstallsTheOciChartThenTheResource()
    {
        var design = PlatformComposer.Design(StackLoader.Load(RepoPaths.Root, "prod").Config);
        PulumiRun.UseConfig(PulumiConfigFixture.FromStackFile(Path.Combine(RepoPaths.Root, "Pulumi.prod.yaml")));
        Superset? superset = null;

        var (_, mocks) = await PulumiRun.ProgramAsync(() =>
        {
            var p = ToolPlatform.Compose(design);
            superset = new Superset("superset", new SupersetArgs
            {
                Cluster = p.Cluster,
                Namespaces = p.Namespaces,
                Entry = p.Entry,
                Identity = p.Identity,
                Postgres = p.Postgres,
                Superset = ToolPlatform.Args<ResearchPlatform.Components.Superset.SupersetArgs>(design, "superset"),
            });
        });

        Assert.Equal("research-platform:superset:Superset", superset!.GetResourceType());
        Assert.Equal("https://superset.dsp.uni-example.edu", await PulumiRun.ValueAsync(superset.Url));

        // An OCI chart is installed by its full reference, with no repository to add.
        var chart = mocks.Inputs("superset-operator");
        Assert.Equal("oci://ghcr.io/apache/superset-kubernetes-operator/charts/superset-operator", chart["chart"]);
        Assert.False(chart.ContainsKey("repositoryOpts"));
        Assert.Contains(superset.Resources["superset-operator"].Resource, superset.Resources["superset"].DependsOn);
        Assert.Contains(superset.Resources["superset-valkey"].Resource, superset.Resources["superset"].DependsOn);
        Assert.Contains("kind: Superset", (string)mocks.Inputs("superset")["yaml"]);
    }

    [Fact]
    public async Task Compose_CkanBesideItsSolrAndValkey_ReleasesAfterItsKeysAndSetsPermissionsAfter()
    {
        var design = PlatformComposer.Design(StackLoader.Load(RepoPaths.Root, "prod").Config);
        PulumiRun.UseConfig(PulumiConfigFixture.FromStackFile(Path.Combine(RepoPaths.Root, "Pulumi.prod.yaml")));
        Ckan? ckan = null;

        var (_, mocks) = await PulumiRun.ProgramAsync(() =>
        {
            var p = ToolPlatform.Compose(design);
            ckan = new Ckan("ckan", new CkanArgs
            {
                Cluster = p.Cluster,
                Namespaces = p.Namespaces,
                Storage = p.Storage,
                Entry = p.Entry,
                Identity = p.Identity,
                Postgres = p.Postgres,
                ObjectStorage = p.ObjectStorage,
                Ckan = ToolPlatform.Args<ResearchPlatform.Components.Ckan.CkanArgs>(design, "ckan"),
            });
        });

        Assert.Equal("research-platform:ckan:Ckan", ckan!.GetResourceType());
        Assert.Equal("https://data.dsp.uni-example.edu", await PulumiRun.ValueAsync(ckan.Url));
        var release = ckan.Resources["ckan"];
        Assert.All(new[] { "session-secret", "ckan-platform", "ckan-solr", "ckan-valkey" }, name => Assert.Contains(ckan.Resources[name].Resource, release.DependsOn));
        Assert.Contains(release.Resource, ckan.Resources["ckan-datastore-permissions"].DependsOn);
        Assert.Equal((true, true), (ckan.Resources["ckan-solr"].Options.Protect, ckan.Resources["ckan-solr"].Options.RetainOnDelete));
        var session = mocks.Inputs("session-secret");
        Assert.Equal("ckan", ((ImmutableDictionary<string, object>)((ImmutableDictionary<string, object>)session["metadata"])["annotations"])["meta.helm.sh/release-name"]);
    }

    [Fact]
    public async Task Compose_MonitoringOnTheBroker_ReleasesTheStackAfterItsSecretsAndKeepsIt()
    {
        var design = PlatformComposer.Design(StackLoader.Load(RepoPaths.Root, "prod").Config);
        PulumiRun.UseConfig(PulumiConfigFixture.FromStackFile(Path.Combine(RepoPaths.Root, "Pulumi.prod.yaml")));
        Monitoring? monitoring = null;

        var (_, mocks) = await PulumiRun.ProgramAsync(() =>
        {
            var p = ToolPlatform.Compose(design);
            monitoring = new Monitoring("monitoring", new MonitoringArgs
            {
                Cluster = p.Cluster,
                Namespaces = p.Namespaces,
                Storage = p.Storage,
                Entry = p.Entry,
                Identity = p.Identity,
                Monitoring = ToolPlatform.Args<ResearchPlatform.Components.Monitoring.MonitoringArgs>(design, "monitoring"),
            });
        });

        Assert.Equal("research-platform:monitoring:Monitoring", monitoring!.GetResourceType());
        Assert.Equal("https://grafana.dsp.uni-example.edu", await PulumiRun.ValueAsync(monitoring.GrafanaUrl));
        var release = monitoring.Resources["monitoring"];
        Assert.Equal((true, true), (release.Options.Protect, release.Options.RetainOnDelete));
        Assert.All(new[] { "alertmanager-platform", "grafana-admin", "grafana-oauth", "monitoring-ca" }, name => Assert.Contains(monitoring.Resources[name].Resource, release.DependsOn));
        Assert.Contains("smtp_auth_password", (string)((ImmutableDictionary<string, object>)mocks.Inputs("alertmanager-platform")["stringData"])["alertmanager.yaml"]);

        // The probes need the operator's CRDs and the exporter; the CA ConfigMap carries the cluster CA from the PKI.
        var probes = monitoring.Resources["platform-probes"];
        Assert.Contains(release.Resource, probes.DependsOn);
        Assert.Contains(monitoring.Resources["blackbox-exporter"].Resource, probes.DependsOn);
        var ca = (string)mocks.Inputs("monitoring-ca")["yaml"];
        Assert.Contains("cluster-ca.crt", ca);
        Assert.Contains("MOCK-CERTIFICATE", ca);
        Assert.Contains("jobName: api-vip", (string)mocks.Inputs("platform-probes")["yaml"]);
    }

    [Fact]
    public async Task Compose_CheckmkAgent_SignsTheCollectorWithTheClusterCaAndPublishesItAtItsAddress()
    {
        var design = PlatformComposer.Design(StackLoader.Load(RepoPaths.Root, "prod").Config);
        PulumiRun.UseConfig(PulumiConfigFixture.FromStackFile(Path.Combine(RepoPaths.Root, "Pulumi.prod.yaml")));
        CheckmkAgent? agent = null;

        var (_, mocks) = await PulumiRun.ProgramAsync(() =>
        {
            var p = ToolPlatform.Compose(design);
            agent = new CheckmkAgent("checkmk", new CheckmkAgentArgs
            {
                Cluster = p.Cluster,
                Namespaces = p.Namespaces,
                Entry = p.Entry,
                Checkmk = ToolPlatform.Args<ResearchPlatform.Components.Checkmk.CheckmkArgs>(design, "checkmk"),
            });
        });

        Assert.Equal("research-platform:checkmk:Checkmk", agent!.GetResourceType());
        Assert.Equal(("https://10.41.20.102:8080", "checkmk/checkmk-checkmk"), (await PulumiRun.ValueAsync(agent.CollectorUrl), await PulumiRun.ValueAsync(agent.TokenSecret)));
        Assert.Equal("tls:index/locallySignedCert:LocallySignedCert", mocks.Registered["checkmk-collector-cert"].Type);
        Assert.Equal(PlatformMocks.MockPrivateKey, mocks.Inputs("checkmk-collector-cert")["caPrivateKeyPem"]);
        Assert.Equal(ImmutableArray.Create<object>("10.41.20.102"), mocks.Inputs("checkmk-collector-csr")["ipAddresses"]);

        // The chart gets the collector's key and certificate as values, and waits for them.
        var release = agent.Resources["checkmk"];
        Assert.Contains(agent.Resources["checkmk-collector-cert"].Resource, release.DependsOn);
        var tls = (ImmutableDictionary<string, object>)((ImmutableDictionary<string, object>)mocks.Inputs("checkmk")["values"])["tlsCommunication"];
        Assert.Equal((PlatformMocks.MockPrivateKey, true), (tls["clusterCollectorKey"], tls["verifySsl"]));
        Assert.Contains("type: LoadBalancer", (string)mocks.Inputs("checkmk-collector-external")["yaml"]);
    }
}
