using ResearchPlatform.Components.Monitoring;
using ResearchPlatform.Components.Entry;
using ResearchPlatform.Components.Identity;
using ResearchPlatform.Components.Platform;
using ResearchPlatform.Stacks.Composition;
using ResearchPlatform.Stacks.Config;
using ResearchPlatform.Stacks.Validation;

namespace ResearchPlatform.Stacks.Sections.Identity;

/// <summary>
/// <c>research-platform:identity</c>: Dex federating Active Directory, with one client per tool that
/// signs in through it. Publishes the <see cref="IdentityHandle"/> those tools take.
/// </summary>
public sealed class IdentitySection : PlatformSection<IdentityArgs>, IHostnames, IScrapeTargets
{
    public override string Key => "identity";

    public override IReadOnlyList<IConfigRule> Rules { get; } = [new IdentityRules()];

    public IEnumerable<ScrapeTarget> ScrapeTargets(StackConfig config) => [IdentityBroker.Metrics(IdentityBroker.Namespace)];

    /// <summary>The platform's role groups as the broker names them (each group's cn), for the tools to map.</summary>
    public static PlatformRoles Roles(StackConfig config) =>
        new(CommonName(config.Identity.Groups.Admins), CommonName(config.Identity.Groups.Researchers), CommonName(config.Identity.Groups.Students));

    /// <summary>The first RDN's value of a DN (<c>CN=DSP-Students,OU=Groups,...</c> is <c>DSP-Students</c>): the broker's name of a group.</summary>
    public static string CommonName(string dn) =>
        dn.StartsWith("CN=", StringComparison.OrdinalIgnoreCase) && dn.IndexOf(',', StringComparison.Ordinal) is var comma and > 3 ? dn[3..comma] : dn;

    public IEnumerable<(string Path, string Hostname)> Hostnames(StackConfig config) =>
        [(ConfigPath.Child(ConfigPath.Section(Key), "hostname"), config.Identity.Hostname)];

    public override IEnumerable<PlatformNamespace> Namespaces(StackConfig config)
    {
        var directory = config.Identity.Directory;
        return
        [
            new(IdentityBroker.Namespace, "restricted", "Dex: single sign-on over Active Directory")
            {
                Ingress = [new IngressAllowance("login-from-gateway", [], [IdentityBroker.Port]) { FromNamespaces = [EntryPoint.GatewayNamespace] }],

                // Dex keeps its state in the API (its storage is Kubernetes) and asks the directory.
                Egress = [PlatformNamespaces.ApiEgress(config), new EgressAllowance("directory-ldaps", [directory.Network.ToString()], [directory.Port])],
            },
        ];
    }

    public override IdentityArgs Args(StackConfig config) => new()
    {
        Hostname = config.Identity.Hostname,
        Directory = new DirectoryArgs
        {
            Server = config.Identity.Directory.Server,
            Port = config.Identity.Directory.Port,
            CaCertificate = config.Identity.Directory.CaCertificate,
            BindDn = config.Identity.Directory.BindDn,
            BindPassword = new Components.Plan.Values.ConfigSecretReference(config.Identity.Directory.BindPassword.KeyPath),
            UserSearchBase = config.Identity.Directory.UserSearchBase,
            GroupSearchBase = config.Identity.Directory.GroupSearchBase,
            UserAttribute = config.Identity.Directory.UserAttribute,
        },
        Clients = PlatformSections.All.OfType<ISsoClients>().SelectMany(s => s.Clients(config)).ToList(),
    };

    public override IEnumerable<Components.Plan.StackOutput> Outputs(IdentityArgs args) =>
        [new("identityIssuer", $"https://{args.Hostname}", "the single sign-on (OIDC) issuer every tool logs in through")];

    public override SectionParts Compose(IdentityArgs args, PlatformHandles platform)
    {
        var gateway = platform.Require<GatewayHandle>(Key);
        var wiring = new Components.Plan.KubernetesWiring(platform.Cluster.Provider) { After = [Components.Platform.Namespaces.Of(platform.Namespaces, args.Namespace)] };
        var (component, handle) = IdentityBroker.Build(args, wiring, gateway);
        return new SectionParts([component]) { Handles = [handle] };
    }
}
