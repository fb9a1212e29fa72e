using ResearchPlatform.Components.Monitoring;
using k8s.Models;
using ResearchPlatform.Components.Entry;
using ResearchPlatform.Components.Identity;
using ResearchPlatform.Components.Kubernetes;
using ResearchPlatform.Components.ObjectStorage;
using ResearchPlatform.Components.Plan;
using ResearchPlatform.Components.Plan.Resources;
using ResearchPlatform.Components.Plan.Values;
using static ResearchPlatform.Components.Plan.Values.PlanValues;

namespace ResearchPlatform.Components.ModelServing;

/// <summary>
/// The model endpoint: every declared model on its own MLServer Deployment, its files fetched from
/// the models bucket when a server starts, served at <c>https://&lt;host&gt;/&lt;model&gt;/</c> through
/// the Gateway behind an oauth2-proxy that admits users signed in through the broker, or a bearer
/// token the broker issued for the endpoint's client. Notebooks call the servers in the cluster.
/// </summary>
public static class ModelServing
{
    public const string Type = "research-platform:modelserving:ModelServing";

    /// <summary>The namespace the model servers run in.</summary>
    public const string Namespace = "model-serving";

    /// <summary>MLServer's REST port (the V2 inference protocol), which notebooks call.</summary>
    public const int InferencePort = 8080;

    /// <summary>The sign-in proxy's port, which the Gateway calls.</summary>
    public const int ProxyPort = 4180;

    /// <summary>MLServer's own metrics port (requests, latency, model loads), apart from the inference port.</summary>
    public const int MetricsPort = 8082;

    /// <summary>Every model server's metrics, on the pods.</summary>
    public static ScrapeTarget Metrics(string @namespace) =>
        new("model-servers", @namespace, ScrapeTarget.Selecting(("app.kubernetes.io/name", "model-server")), "metrics", MetricsPort) { Pods = true };

    /// <summary>The label every model server's pods carry, with the model's name.</summary>
    public const string ModelLabel = "research-platform/model";

    private const string ModelsPath = "/mnt/models";
    private const string CaPath = "/etc/research-platform/ca";

    /// <summary>What the servers wait for: their namespace, the Gateway, the broker and the S3 store.</summary>
    public static KubernetesWiring Wiring(ModelServingArgs args, PlanResource provider, PlanComponent namespaces, GatewayHandle gateway, IdentityHandle identity, ObjectStorageHandle storage) => new(provider)
    {
        After =
        [
            Platform.Namespaces.Of(namespaces, args.Namespace),
            gateway.Ready,
            identity.Ready,
            .. storage.Ready is { } store ? [store] : Array.Empty<PlanResource>(),
        ],
    };

    /// <summary>The in-cluster address of model <paramref name="model"/>'s servers, which only notebooks may reach.</summary>
    public static string InternalUrl(string model, string @namespace = Namespace) => $"http://{ServedModel.ObjectNameOf(model)}.{@namespace}.svc:{InferencePort}";

    /// <summary>The redirect URI of <paramref name="model"/>'s sign-in proxy, which the broker client must allow.</summary>
    public static string RedirectUri(string hostname, string model) => $"https://{hostname}/{model}/oauth2/callback";

    /// <exception cref="ArgumentException">No model is declared, a name repeats, or a handle lacks what the endpoint needs.</exception>
    public static (PlanComponent Component, ModelServingHandle Handle) Build(ModelServingArgs args, KubernetesWiring on, GatewayHandle gateway, IdentityHandle identity, ObjectStorageHandle storage, string name = "modelserving")
    {
        if (args.Models.Count == 0)
        {
            throw new ArgumentException($"model serving at {args.Hostname}: declare at least one model", nameof(args));
        }

        if (args.Models.GroupBy(m => m.Name).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            throw new ArgumentException($"model serving at {args.Hostname}: model '{twice.Key}' is declared twice", nameof(args));
        }

        _ = storage.Bucket(args.Bucket, $"model serving at {args.Hostname}");

        var keys = storage.KeysOf(args.StorageIdentity);
        var cookie = new PlanResource { Name = "models-cookie-secret", Spec = new GeneratedSecretSpec { Format = GeneratedSecretFormat.HexBytes, Length = 16 } };
        var auth = on.Secret("models-auth", args.Namespace,
            ("OAUTH2_PROXY_CLIENT_SECRET", identity.Secret(args.ClientId)),
            ("OAUTH2_PROXY_COOKIE_SECRET", cookie.Output("result")));
        var loader = on.Secret("models-loader", args.Namespace, ("AWS_ACCESS_KEY_ID", keys.AccessKeyId), ("AWS_SECRET_ACCESS_KEY", keys.SecretAccessKey));
        var ca = on.Manifest("models-ca", [], KubernetesObjects.ConfigMap("models-ca", args.Namespace, new Dictionary<string, string> { ["platform-ca.crt"] = args.RootCertificate, ["s3-ca.crt"] = storage.CaCertificate }));
        var servers = args.Models.Select(m => on.Manifest(m.ObjectName, [auth, loader, ca], [.. Objects(args, m, identity.Issuer, storage.Endpoint)])).ToList();
        var route = new PlanResource
        {
            Name = "models-route",
            Provider = on.ProviderName,
            DependsOn = [.. servers.Select(s => s.Name), gateway.Ready.Name],
            Spec = new KubernetesManifestSpec
            {
                Objects = [HttpRoutes.Route(gateway, "models", args.Namespace, args.Hostname, [.. args.Models.Select(m => HttpRoutes.StripPrefix($"/{m.Name}", m.ObjectName, ProxyPort))])],
            },
        };
        var handle = new ModelServingHandle($"https://{args.Hostname}", args.Namespace, args.Models);
        return (new PlanComponent(Type, name, [cookie, auth, loader, ca, .. servers, route]), handle);
    }


    private static IEnumerable<PlanValue> Objects(ModelServingArgs args, ServedModel model, string issuer, string s3Endpoint)
    {
        var labels = new Dictionary<string, string> { ["app.kubernetes.io/name"] = "model-server", [ModelLabel] = model.Name };
        var metadata = new V1ObjectMeta { Name = model.ObjectName, NamespaceProperty = args.Namespace, Labels = labels };
        yield return KubernetesObjects.ToPlanValue(new V1Deployment
        {
            ApiVersion = "apps/v1",
            Kind = "Deployment",
            Metadata = metadata,
            Spec = new V1DeploymentSpec
            {
                Replicas = model.Replicas,
                Selector = new V1LabelSelector { MatchLabels = labels },
                Template = new V1PodTemplateSpec
                {
                    Metadata = new V1ObjectMeta { Labels = labels },
                    Spec = new V1PodSpec
                    {
                        AutomountServiceAccountToken = false,
                        SecurityContext = RestrictedContainer.PodSecurityContext(MlServerUser, MlServerUser, MlServerUser),
                        InitContainers = [Loader(args, model, s3Endpoint)],
                        Containers = [Server(args, model), Proxy(args, model, issuer)],
                        Volumes =
                        [
                            new V1Volume { Name = "models", EmptyDir = new V1EmptyDirVolumeSource() },
                            new V1Volume { Name = "tmp", EmptyDir = new V1EmptyDirVolumeSource() },
                            new V1Volume { Name = "ca", ConfigMap = new V1ConfigMapVolumeSource { Name = "models-ca" } },
                        ],
                        TopologySpreadConstraints =
                        [
                            new V1TopologySpreadConstraint { MaxSkew = 1, TopologyKey = "kubernetes.io/hostname", WhenUnsatisfiable = "ScheduleAnyway", LabelSelector = new V1LabelSelector { MatchLabels = labels } },
                        ],
                    },
                },
            },
        });
        yield return KubernetesObjects.ToPlanValue(new V1Service
        {
            ApiVersion = "v1",
            Kind = "Service",
            Metadata = metadata,
            Spec = new V1ServiceSpec
            {
                Selector = labels,
                Ports =
                [
                    new V1ServicePort { Name = "inference", Port = InferencePort, TargetPort = InferencePort },
                    new V1ServicePort { Name = "sign-in", Port = ProxyPort, TargetPort = ProxyPort },
                ],
            },
        });
        if (model.Replicas > 1)
        {
            yield return KubernetesObjects.ToPlanValue(new V1PodDisruptionBudget
            {
                ApiVersion = "policy/v1",
                Kind = "PodDisruptionBudget",
                Metadata = metadata,
                Spec = new V1PodDisruptionBudgetSpec { MaxUnavailable = 1, Selector = new V1LabelSelector { MatchLabels = labels } },
            });
        }
    }

    // The MLServer image's own unprivileged user.
    private const long MlServerUser = 1000;

    private static V1Container Loader(ModelServingArgs args, ServedModel model, string s3Endpoint) => new()
    {
        Name = "fetch-model",
        Image = args.ServerImage,
        Command = ["python", "/opt/model-server/fetch_model.py"],
        Args = [$"s3://{args.Bucket}/{model.Prefix}", ModelsPath],
        EnvFrom = [new V1EnvFromSource { SecretRef = new V1SecretEnvSource { Name = "models-loader" } }],
        Env =
        [
            new V1EnvVar { Name = "AWS_ENDPOINT_URL", Value = s3Endpoint },
            new V1EnvVar { Name = "AWS_CA_BUNDLE", Value = $"{CaPath}/s3-ca.crt" },
            new V1EnvVar { Name = "AWS_DEFAULT_REGION", Value = "us-east-1" },
        ],
        VolumeMounts = [new V1VolumeMount { Name = "models", MountPath = ModelsPath }, new V1VolumeMount { Name = "ca", MountPath = CaPath, ReadOnlyProperty = true }],
        SecurityContext = RestrictedContainer.SecurityContext(),
        Resources = ContainerResources.Requirements("100m", "256Mi", "1", "1Gi"),
    };

    private static V1Container Server(ModelServingArgs args, ServedModel model) => new()
    {
        Name = "mlserver",
        Image = args.ServerImage,
        Env =
        [
            new V1EnvVar { Name = "MLSERVER_MODEL_NAME", Value = model.Name },
            new V1EnvVar { Name = "MLSERVER_MODEL_IMPLEMENTATION", Value = ModelRuntimes.Implementation(model.Runtime) },
            new V1EnvVar { Name = "MLSERVER_MODEL_URI", Value = ModelsPath },
            new V1EnvVar { Name = "MLSERVER_HTTP_PORT", Value = InferencePort.ToString(System.Globalization.CultureInfo.InvariantCulture) },
            new V1EnvVar { Name = "MLSERVER_METRICS_PORT", Value = MetricsPort.ToString(System.Globalization.CultureInfo.InvariantCulture) },
            new V1EnvVar { Name = "MLSERVER_METRICS_DIR", Value = "/tmp/mlserver-metrics" },
        ],
        Ports = [new V1ContainerPort { Name = "inference", ContainerPort = InferencePort }, new V1ContainerPort { Name = "metrics", ContainerPort = MetricsPort }],
        ReadinessProbe = new V1Probe { HttpGet = new V1HTTPGetAction { Path = $"/v2/models/{model.Name}/ready", Port = InferencePort }, PeriodSeconds = 5, FailureThreshold = 3 },
        LivenessProbe = new V1Probe { HttpGet = new V1HTTPGetAction { Path = "/v2/health/live", Port = InferencePort }, InitialDelaySeconds = 30, PeriodSeconds = 10 },
        VolumeMounts = [new V1VolumeMount { Name = "models", MountPath = ModelsPath, ReadOnlyProperty = true }, new V1VolumeMount { Name = "tmp", MountPath = "/tmp" }],
        SecurityContext = RestrictedContainer.SecurityContext(),
        Resources = ContainerResources.Requirements(model.Cpu, model.Memory, CpuLimit(model.Cpu), model.Memory),
    };

    private static V1Container Proxy(ModelServingArgs args, ServedModel model, string issuer) => new()
    {
        Name = "sign-in",
        Image = ModelServingImages.OAuth2Proxy,
        Args =
        [
            "--provider=oidc",
            $"--oidc-issuer-url={issuer}",
            $"--client-id={args.ClientId}",
            $"--provider-ca-file={CaPath}/platform-ca.crt",
            $"--redirect-url={RedirectUri(args.Hostname, model.Name)}",
            $"--http-address=0.0.0.0:{ProxyPort}",
            $"--upstream=http://127.0.0.1:{InferencePort}/",
            "--email-domain=*",
            "--cookie-secure=true",
            "--cookie-samesite=lax",
            $"--cookie-name=_models_{model.Name.Replace('-', '_')}",

            // Scripts send a bearer token the broker issued for this client; API calls without one get 401, not a login page.
            "--skip-jwt-bearer-tokens=true",
            "--api-route=^/v2/",
            "--skip-provider-button=true",
            "--reverse-proxy=true",
        ],
        EnvFrom = [new V1EnvFromSource { SecretRef = new V1SecretEnvSource { Name = "models-auth" } }],
        Ports = [new V1ContainerPort { Name = "sign-in", ContainerPort = ProxyPort }],
        ReadinessProbe = new V1Probe { HttpGet = new V1HTTPGetAction { Path = "/ping", Port = ProxyPort }, PeriodSeconds = 10 },
        VolumeMounts = [new V1VolumeMount { Name = "ca", MountPath = CaPath, ReadOnlyProperty = true }],
        SecurityContext = RestrictedContainer.SecurityContext(),
        Resources = ContainerResources.Requirements("20m", "32Mi", "200m", "128Mi"),
    };


    // Bursts (loading, batch inference) get four times the request.
    private static string CpuLimit(string cpu) => cpu.EndsWith('m')
        ? $"{long.Parse(cpu[..^1], System.Globalization.CultureInfo.InvariantCulture) * 4}m"
        : $"{decimal.Parse(cpu, System.Globalization.CultureInfo.InvariantCulture) * 4}";
}
