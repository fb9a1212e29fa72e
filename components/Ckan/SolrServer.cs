using k8s.Models;
using ResearchPlatform.Components.Kubernetes;
using ResearchPlatform.Components.Plan.Values;

namespace ResearchPlatform.Components.Ckan;

/// <summary>CKAN's search index: the CKAN project's Solr 9 image with its <c>ckan</c> core, one replica on a kept volume.</summary>
public static class SolrServer
{
    /// <summary>The Service and StatefulSet name.</summary>
    public const string Name = "ckan-solr";

    /// <summary>Solr's HTTP port.</summary>
    public const int Port = 8983;

    // The Solr image's own user and group.
    private const long UserId = 8983;

    /// <summary>The core CKAN searches, as its URL.</summary>
    public static string Url(string @namespace) => $"http://{Name}.{@namespace}.svc:{Port}/solr/ckan";

    /// <summary>The StatefulSet and Service in <paramref name="namespace"/>, its index on <paramref name="storageClass"/>.</summary>
    public static IReadOnlyList<PlanValue> Objects(string @namespace, string storageClass, string size)
    {
        var labels = new Dictionary<string, string> { ["app.kubernetes.io/name"] = "solr", ["app.kubernetes.io/instance"] = Name };
        return
        [
            KubernetesObjects.ToPlanValue(new V1StatefulSet
            {
                ApiVersion = "apps/v1",
                Kind = "StatefulSet",
                Metadata = new V1ObjectMeta { Name = Name, NamespaceProperty = @namespace, Labels = labels },
                Spec = new V1StatefulSetSpec
                {
                    ServiceName = Name,
                    Replicas = 1,
                    Selector = new V1LabelSelector { MatchLabels = labels },

                    // The index is rebuilt from the catalog with `ckan search-index rebuild`, but it is kept anyway.
                    PersistentVolumeClaimRetentionPolicy = new V1StatefulSetPersistentVolumeClaimRetentionPolicy { WhenDeleted = "Retain", WhenScaled = "Retain" },
                    Template = new V1PodTemplateSpec
                    {
                        Metadata = new V1ObjectMeta { Labels = labels },
                        Spec = new V1PodSpec
                        {
                            AutomountServiceAccountToken = false,
                            SecurityContext = RestrictedContainer.PodSecurityContext(UserId, UserId, UserId),
                            Containers =
                            [
                                new V1Container
                                {
                                    Name = "solr",
                                    Image = CkanImages.Solr,
                                    Ports = [new V1ContainerPort { Name = "solr", ContainerPort = Port }],
                                    Env = [new V1EnvVar { Name = "SOLR_HEAP", Value = "1g" }],
                                    ReadinessProbe = new V1Probe { HttpGet = new V1HTTPGetAction { Path = "/solr/ckan/admin/ping", Port = Port }, InitialDelaySeconds = 20, PeriodSeconds = 10 },
                                    LivenessProbe = new V1Probe { TcpSocket = new V1TCPSocketAction { Port = Port }, InitialDelaySeconds = 60, PeriodSeconds = 20 },
                                    VolumeMounts = [new V1VolumeMount { Name = "index", MountPath = "/var/solr" }],

                                    // Solr writes its logs and pid under /var/solr, which is the volume.
                                    SecurityContext = RestrictedContainer.SecurityContext(writableRoot: true),
                                    Resources = ContainerResources.Requirements("250m", "1536Mi", "2", "2Gi"),
                                },
                            ],
                        },
                    },
                    VolumeClaimTemplates =
                    [
                        new V1PersistentVolumeClaim
                        {
                            Metadata = new V1ObjectMeta { Name = "index" },
                            Spec = new V1PersistentVolumeClaimSpec
                            {
                                AccessModes = ["ReadWriteOnce"],
                                StorageClassName = storageClass,
                                Resources = new V1VolumeResourceRequirements { Requests = new Dictionary<string, ResourceQuantity> { ["storage"] = new(size) } },
                            },
                        },
                    ],
                },
            }),
            KubernetesObjects.ToPlanValue(new V1Service
            {
                ApiVersion = "v1",
                Kind = "Service",
                Metadata = new V1ObjectMeta { Name = Name, NamespaceProperty = @namespace, Labels = labels },
                Spec = new V1ServiceSpec { Selector = labels, Ports = [new V1ServicePort { Name = "solr", Port = Port, TargetPort = Port }] },
            }),
        ];
    }
}
