using ResearchPlatform.Components.Plan.Values;
using static ResearchPlatform.Components.Plan.Values.PlanValues;

namespace ResearchPlatform.Components.Entry;

/// <summary>Server certificates for in-cluster Services, from the university CA through cert-manager.</summary>
public static class ServiceCertificates
{
    /// <summary>
    /// A Certificate whose Secret <paramref name="secret"/> holds <c>tls.crt</c>, <c>tls.key</c> and <c>ca.crt</c>
    /// for Service <paramref name="service"/> in <paramref name="namespace"/>, under each of its DNS names.
    /// </summary>
    public static PlanValue For(IssuerHandle issuer, string service, string @namespace, string secret) => Map(
        ("apiVersion", "cert-manager.io/v1"),
        ("kind", "Certificate"),
        ("metadata", Map(("name", secret), ("namespace", @namespace))),
        ("spec", Map(
            ("secretName", secret),
            ("commonName", Host(service, @namespace)),
            ("dnsNames", Strings([service, $"{service}.{@namespace}", Host(service, @namespace)])),
            ("usages", Strings(["server auth", "digital signature", "key encipherment"])),
            ("issuerRef", Map(("kind", "ClusterIssuer"), ("name", issuer.Name))))));

    /// <summary>The Service's in-cluster host name.</summary>
    public static string Host(string service, string @namespace) => $"{service}.{@namespace}.svc";
}
