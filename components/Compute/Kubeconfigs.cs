using ResearchPlatform.Components.Cluster;
using ResearchPlatform.Components.Plan.Values;
using static ResearchPlatform.Components.Plan.Values.PlanValues;

namespace ResearchPlatform.Components.Compute;

/// <summary>Kubeconfig documents assembled from plan references, never read back from a node.</summary>
public static class Kubeconfigs
{
    /// <summary>The cluster entry only: what <c>kubeadm join</c> file discovery trusts.</summary>
    public static YamlDocumentValue Discovery(ClusterSettings settings, ClusterPkiComponent pki) => new(Map(
        ("apiVersion", "v1"),
        ("kind", "Config"),
        ("clusters", List(Cluster(settings, pki))),
        ("contexts", List()),
        ("current-context", ""),
        ("users", List())));

    /// <summary>The platform's admin kubeconfig, with the client certificate of group <c>kubeadm:cluster-admins</c>.</summary>
    public static YamlDocumentValue Admin(ClusterSettings settings, ClusterPkiComponent pki)
    {
        var user = $"{settings.ClusterName}-admin";
        return new(Map(
            ("apiVersion", "v1"),
            ("kind", "Config"),
            ("clusters", List(Cluster(settings, pki))),
            ("contexts", List(Map(("name", user), ("context", Map(("cluster", settings.ClusterName), ("user", user)))))),
            ("current-context", user),
            ("users", List(Map(
                ("name", user),
                ("user", Map(
                    ("client-certificate-data", new Base64Value(pki.AdminCertPem)),
                    ("client-key-data", new Base64Value(pki.AdminKeyPem)))))))));
    }

    private static MapValue Cluster(ClusterSettings settings, ClusterPkiComponent pki) => Map(
        ("name", settings.ClusterName),
        ("cluster", Map(
            ("server", settings.ApiServerUrl),
            ("certificate-authority-data", new Base64Value(pki.CaCertPem)))));
}
