using k8s.Models;
using ResearchPlatform.Components.Entry;
using ResearchPlatform.Components.Kubernetes;
using ResearchPlatform.Components.Plan;
using ResearchPlatform.Components.Plan.Resources;

namespace ResearchPlatform.Components.Valkey;

/// <summary>
/// A tool's own cache and queue: one Valkey, TLS only (a certificate from the university CA), a
/// generated password, nothing kept on disk. Tools that would bring a Bitnami Redis subchart use this.
/// </summary>
public static class ValkeyCache
{
    /// <summary>The TLS port.</summary>
    public const int Port = 6379;

    /// <summary>The Valkey image's own user and group.</summary>
    private const long UserId = 999;
    private const long GroupId = 1000;

    /// <summary>The resources of Valkey <paramref name="name"/> in <paramref name="namespace"/> and its handle.</summary>
    public static (IReadOnlyList<PlanResource> Resources, ValkeyHandle Handle) Build(string name, string @namespace, KubernetesWiring on, IssuerHandle issuer)
    {
        var password = new PlanResource { Name = $"{name}-password", Spec = new GeneratedSecretSpec { Format = GeneratedSecretFormat.LowerAlphanumeric, Length = 32 } };
        var secret = new PlanResource
        {
            Name = $"{name}-password-secret",
            Provider = on.ProviderName,
            DependsOn = on.AfterNames,
            Spec = new KubernetesSecretSpec { SecretName = $"{name}-password", Namespace = @namespace, StringData = [KeyValuePair.Create<string, Plan.Values.PlanValue>(ValkeyHandle.PasswordKey, password.Output("result"))] },
        };
        var certificate = on.Manifest($"{name}-certificate", [issuer.Ready], ServiceCertificates.For(issuer, name, @namespace, $"{name}-tls"));
        var server = on.Manifest(name, [secret, certificate], [.. Objects(name, @namespace)]);
        return ([password, secret, certificate, server], new ValkeyHandle(ServiceCertificates.Host(name, @namespace), Port, $"{name}-password", password.Output("result"), server));
    }

    private static IEnumerable<Plan.Values.PlanValue> Objects(string name, string @namespace)
    {
        var labels = new Dictionary<string, string> { ["app.kubernetes.io/name"] = "valkey", ["app.kubernetes.io/instance"] = name };
        yield return KubernetesObjects.ToPlanValue(new V1Deployment
        {
            ApiVersion = "apps/v1",
            Kind = "Deployment",
            Metadata = new V1ObjectMeta { Name = name, NamespaceProperty = @namespace, Labels = labels },
            Spec = new V1DeploymentSpec
            {
                Replicas = 1,
                Selector = new V1LabelSelector { MatchLabels = labels },
                Strategy = new V1DeploymentStrategy { Type = "Recreate" },
                Template = new V1PodTemplateSpec
                {
                    Metadata = new V1ObjectMeta { Labels = labels },
                    Spec = new V1PodSpec
                    {
                        AutomountServiceAccountToken = false,
                        SecurityContext = RestrictedContainer.PodSecurityContext(UserId, GroupId, GroupId),
                        Containers =
                        [
                            new V1Container
                            {
                                Name = "valkey",
                                Image = ValkeyImages.Valkey,
                                Command = ["valkey-server"],

                                // A cache and a task queue: nothing is written to disk, clients must use TLS.
                                Args =
                                [
                                    "--port", "0",
                                    "--tls-port", Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
                                    "--tls-cert-file", "/tls/tls.crt",
                                    "--tls-key-file", "/tls/tls.key",
                                    "--tls-ca-cert-file", "/tls/ca.crt",
                                    "--tls-auth-clients", "no",
                                    "--requirepass", "$(VALKEY_PASSWORD)",
                                    "--save", "",
                                    "--appendonly", "no",
                                ],
                                Env = [new V1EnvVar { Name = "VALKEY_PASSWORD", ValueFrom = new V1EnvVarSource { SecretKeyRef = new V1SecretKeySelector { Name = $"{name}-password", Key = ValkeyHandle.PasswordKey } } }],
                                Ports = [new V1ContainerPort { Name = "valkey", ContainerPort = Port }],
                                ReadinessProbe = new V1Probe { TcpSocket = new V1TCPSocketAction { Port = Port }, PeriodSeconds = 5 },
                                LivenessProbe = new V1Probe { TcpSocket = new V1TCPSocketAction { Port = Port }, InitialDelaySeconds = 10, PeriodSeconds = 10 },
                                VolumeMounts = [new V1VolumeMount { Name = "tls", MountPath = "/tls", ReadOnlyProperty = true }, new V1VolumeMount { Name = "data", MountPath = "/data" }],
                                SecurityContext = RestrictedContainer.SecurityContext(),
                                Resources = ContainerResources.Requirements("50m", "128Mi", "500m", "512Mi"),
                            },
                        ],
                        Volumes =
                        [
                            new V1Volume { Name = "tls", Secret = new V1SecretVolumeSource { SecretName = $"{name}-tls" } },
                            new V1Volume { Name = "data", EmptyDir = new V1EmptyDirVolumeSource() },
                        ],
                    },
                },
            },
        });
        yield return KubernetesObjects.ToPlanValue(new V1Service
        {
            ApiVersion = "v1",
            Kind = "Service",
            Metadata = new V1ObjectMeta { Name = name, NamespaceProperty = @namespace, Labels = labels },
            Spec = new V1ServiceSpec { Selector = labels, Ports = [new V1ServicePort { Name = "valkey", Port = Port, TargetPort = Port }] },
        });
    }
}
