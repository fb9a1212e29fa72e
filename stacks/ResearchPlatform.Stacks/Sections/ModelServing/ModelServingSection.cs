using ResearchPlatform.Components.Monitoring;
using ResearchPlatform.Components.Entry;
using ResearchPlatform.Components.Identity;
using ResearchPlatform.Components.ModelServing;
using ResearchPlatform.Components.ObjectStorage;
using ResearchPlatform.Components.Plan;
using ResearchPlatform.Components.Platform;
using ResearchPlatform.Stacks.Composition;
using ResearchPlatform.Stacks.Config;
using ResearchPlatform.Stacks.Sections.Entry;
using ResearchPlatform.Stacks.Sections.ObjectStorage;
using ResearchPlatform.Stacks.Validation;
using Endpoint = ResearchPlatform.Components.ModelServing.ModelServing;

namespace ResearchPlatform.Stacks.Sections.ModelServing;

/// <summary>
/// <c>research-platform:modelServing</c>: trained models from the models bucket, each on its own
/// MLServer servers, at <c>https://&lt;host&gt;/&lt;model&gt;/</c> behind single sign-on. Publishes the
/// <see cref="ModelServingHandle"/> notebooks find the models by.
/// </summary>
public sealed class ModelServingSection : PlatformSection<ModelServingArgs>, IHostnames, ISsoClients, IBuckets, INotebookServices, IScrapeTargets
{
    /// <summary>The broker client of the sign-in proxies.</summary>
    public const string ClientId = "models";

    public override string Key => "modelServing";

    /// <summary>No: the model servers load their models from the object store, which starts only when the site recovers.</summary>
    public override bool RunsAtStandby(StackConfig config) => false;

    public override IReadOnlyList<IConfigRule> Rules { get; } = [new ModelServingRules()];

    public IEnumerable<ScrapeTarget> ScrapeTargets(StackConfig config) => config.ModelServing is null ? [] : [Endpoint.Metrics(Endpoint.Namespace)];

    public IEnumerable<(string Path, string Hostname)> Hostnames(StackConfig config) =>
        config.ModelServing is { } serving ? [(ConfigPath.Child(ConfigPath.Section(Key), "hostname"), serving.Hostname)] : [];

    public IEnumerable<SsoClient> Clients(StackConfig config) => config.ModelServing is { } serving
        ? [new SsoClient(ClientId, "Model endpoint", [.. serving.Models.Select(m => Endpoint.RedirectUri(serving.Hostname, m.Name))])]
        : [];

    public IEnumerable<S3Bucket> Buckets(StackConfig config) => [];

    public IEnumerable<string> ReadsBuckets(StackConfig config) => config.ModelServing is { } serving ? [serving.Bucket] : [];

    /// <summary>Each model's in-cluster address (<c>MODEL_IRIS_CLASSIFIER_URL</c>), which needs no token from a notebook.</summary>
    public IEnumerable<NotebookService> NotebookServices(StackConfig config) => config.ModelServing is not { } serving
        ? []
        : serving.Models.Where(m => Names.IsDnsLabel(m.Name)).Select(m => new NotebookService(
            $"MODEL_{m.Name.Replace('-', '_').ToUpperInvariant()}_URL",
            Endpoint.InternalUrl(m.Name),
            new EgressAllowance("model-servers", [], [Endpoint.InferencePort]) { ToNamespaces = [Endpoint.Namespace] }));

    public override IEnumerable<PlatformNamespace> Namespaces(StackConfig config) => config.ModelServing is null
        ? []
        : [
            new(Endpoint.Namespace, "restricted", "MLServer: the REST endpoint of trained models")
            {
                Ingress =
                [
                    new IngressAllowance("sign-in-from-gateway", [], [Endpoint.ProxyPort]) { FromNamespaces = [EntryPoint.GatewayNamespace] },

                    // Notebooks belong to signed-in users: they call the servers directly, with no token.
                    new IngressAllowance("inference-from-notebooks", [], [Endpoint.InferencePort]) { FromNamespaces = [PlatformNamespaces.Notebooks] },
                ],
                Egress =
                [
                    ObjectStorageSection.ClientEgress(config) with { Name = "models-bucket" },
                    EntrySection.ThroughGateway(config, "broker-through-gateway"),
                ],
            },
        ];

    public override ModelServingArgs? Args(StackConfig config) => config.ModelServing is not { } serving ? null : new()
    {
        Hostname = serving.Hostname,
        Bucket = serving.Bucket,
        ServerImage = serving.ServerImage,
        RootCertificate = config.Entry.Ca.RootCertificate,
        StorageIdentity = Key.ToLowerInvariant(),
        ClientId = ClientId,
        Models = serving.Models.Select(m => new ServedModel(m.Name, m.Runtime, ModelServingRules.Prefix(serving.Bucket, m.Location) ?? "")
        {
            Replicas = m.Replicas,
            Cpu = m.Cpu,
            Memory = m.Memory,
        }).ToList(),
    };

    public override IEnumerable<StackOutput> Outputs(ModelServingArgs args) =>
        [new("modelsUrl", $"https://{args.Hostname}", "the model endpoint: https://<host>/<model>/v2/models/<model>/infer, behind single sign-on")];

    public override SectionParts Compose(ModelServingArgs args, PlatformHandles platform)
    {
        var gateway = platform.Require<GatewayHandle>(Key);
        var identity = platform.Require<IdentityHandle>(Key);
        var storage = platform.Require<ObjectStorageHandle>(Key);
        var wiring = Endpoint.Wiring(args, platform.Cluster.Provider, platform.Namespaces, gateway, identity, storage);
        var (component, handle) = Endpoint.Build(args, wiring, gateway, identity, storage);
        return new SectionParts([component]) { Handles = [handle] };
    }
}
