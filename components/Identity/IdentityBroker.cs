using ResearchPlatform.Components.Monitoring;
using System.Text;
using ResearchPlatform.Components.Entry;
using ResearchPlatform.Components.Kubernetes;
using ResearchPlatform.Components.Plan;
using ResearchPlatform.Components.Plan.Resources;
using ResearchPlatform.Components.Plan.Values;
using static ResearchPlatform.Components.Plan.Values.PlanValues;

namespace ResearchPlatform.Components.Identity;

/// <summary>
/// Single sign-on: Dex federating Active Directory over LDAPS (the directory's CA verified, nested
/// groups resolved by AD's in-chain matching rule), one OIDC client per tool with a generated secret,
/// reached through the platform's Gateway. Secrets reach Dex as environment variables, never as values.
/// </summary>
public static class IdentityBroker
{
    public const string Type = "research-platform:identity:IdentityBroker";

    /// <summary>AD's LDAP_MATCHING_RULE_IN_CHAIN: a group's members, nested groups included, in one query.</summary>
    public const string InChainMember = "member:1.2.840.113556.1.4.1941:";

    /// <summary>The broker's namespace.</summary>
    public const string Namespace = "identity";

    /// <summary>Dex's HTTP port.</summary>
    public const int Port = 5556;

    /// <summary>Dex's telemetry port: logins, token requests and its storage calls.</summary>
    public static ScrapeTarget Metrics(string @namespace) =>
        new("dex", @namespace, ScrapeTarget.Selecting(("app.kubernetes.io/name", "dex"), ("app.kubernetes.io/instance", "dex")), "telemetry", 5558);

    private const string BindPasswordVariable = "LDAP_BIND_PW";

    public static (PlanComponent Component, IdentityHandle Handle) Build(IdentityArgs args, KubernetesWiring on, GatewayHandle gateway, string name = "identity")
    {
        if (!gateway.Serves(args.Hostname))
        {
            throw new ArgumentException($"identity broker at {args.Hostname}: the Gateway serves one label under {gateway.Domain}", nameof(args));
        }

        var secrets = args.Clients.Select(c => new PlanResource
        {
            Name = $"sso-client-{c.Id}",
            Spec = new GeneratedSecretSpec { Format = GeneratedSecretFormat.LowerAlphanumeric, Length = 40 },
        }).ToList();
        var environment = new PlanResource
        {
            Name = "dex-environment",
            Provider = on.ProviderName,
            DependsOn = on.AfterNames,
            Spec = new KubernetesSecretSpec
            {
                SecretName = "dex-environment",
                Namespace = args.Namespace,
                StringData =
                [
                    KeyValuePair.Create(BindPasswordVariable, args.Directory.BindPassword),
                    .. args.Clients.Zip(secrets, (c, s) => KeyValuePair.Create<string, PlanValue>(c.SecretVariable, s.Output("result"))),
                ],
            },
        };
        var issuer = $"https://{args.Hostname}";
        var release = new PlanResource
        {
            Name = "dex",
            Provider = on.ProviderName,
            DependsOn = [environment.Name, .. on.AfterNames],
            Spec = new HelmReleaseSpec { ReleaseName = "dex", Chart = args.Chart, Namespace = args.Namespace, Values = Values(args, issuer, environment) },
        };
        var route = new PlanResource
        {
            Name = "dex-route",
            Provider = on.ProviderName,
            DependsOn = [release.Name, gateway.Ready.Name],
            Spec = new KubernetesManifestSpec { Objects = [Route(args, gateway)] },
        };
        var handle = new IdentityHandle(issuer, args.Clients.Zip(secrets, (c, s) => KeyValuePair.Create(c.Id, s.Output("result"))).ToDictionary(), release);
        return (new PlanComponent(Type, name, [.. secrets, environment, release, route]), handle);
    }

    private static MapValue Values(IdentityArgs args, string issuer, PlanResource environment) => Map(
        ("replicaCount", 2),
        ("envFrom", List(Map(("secretRef", Map(("name", ((KubernetesSecretSpec)environment.Spec).SecretName)))))),
        ("podSecurityContext", Map(("runAsNonRoot", true), ("runAsUser", RestrictedContainer.UserId), ("runAsGroup", RestrictedContainer.UserId), ("seccompProfile", Map(("type", "RuntimeDefault"))))),
        ("securityContext", Map(("allowPrivilegeEscalation", false), ("readOnlyRootFilesystem", true), ("capabilities", Map(("drop", Strings(["ALL"])))))),
        ("resources", Map(("requests", Map(("cpu", "50m"), ("memory", "64Mi"))), ("limits", Map(("cpu", "500m"), ("memory", "256Mi"))))),
        ("config", Map(
            ("issuer", issuer),
            ("storage", Map(("type", "kubernetes"), ("config", Map(("inCluster", true))))),
            ("web", Map(("http", $"0.0.0.0:{Port}"))),
            ("oauth2", Map(("skipApprovalScreen", true), ("responseTypes", Strings(["code"])))),
            ("enablePasswordDB", false),
            ("connectors", List(Connector(args.Directory))),
            ("staticClients", List(args.Clients.Select(Client))))));

    private static PlanValue Connector(DirectoryArgs directory) => Map(
        ("type", "ldap"),
        ("id", "ad"),
        ("name", "University account"),
        ("config", Map(
            ("host", $"{directory.Server}:{directory.Port}"),
            ("rootCAData", Convert.ToBase64String(Encoding.UTF8.GetBytes(directory.CaCertificate))),
            ("bindDN", directory.BindDn),

            // Dex expands $VARIABLES from its environment, which the Secret fills.
            ("bindPW", $"${BindPasswordVariable}"),
            ("usernamePrompt", "University account"),
            ("userSearch", Map(
                ("baseDN", directory.UserSearchBase),
                ("filter", "(objectClass=person)"),
                ("username", directory.UserAttribute),
                ("idAttr", "DN"),
                ("emailAttr", "mail"),
                ("nameAttr", "displayName"),
                ("preferredUsernameAttr", directory.UserAttribute))),
            ("groupSearch", Map(
                ("baseDN", directory.GroupSearchBase),
                ("filter", "(objectClass=group)"),
                ("userMatchers", List(Map(("userAttr", "DN"), ("groupAttr", InChainMember)))),
                ("nameAttr", "cn"))))));

    private static PlanValue Client(SsoClient client) => Map(
        ("id", client.Id),
        ("name", client.Name),
        ("secretEnv", client.SecretVariable),
        ("redirectURIs", Strings(client.RedirectUris)));

    private static PlanValue Route(IdentityArgs args, GatewayHandle gateway) => Map(
        ("apiVersion", "gateway.networking.k8s.io/v1"),
        ("kind", "HTTPRoute"),
        ("metadata", Map(("name", "dex"), ("namespace", args.Namespace))),
        ("spec", Map(
            ("parentRefs", List(Map(("name", gateway.Name), ("namespace", gateway.Namespace), ("sectionName", gateway.Listener(args.Hostname))))),
            ("hostnames", Strings([args.Hostname])),
            ("rules", List(Map(("backendRefs", List(Map(("name", "dex"), ("port", Port))))))))));
}
