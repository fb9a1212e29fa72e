using System.Collections.Concurrent;
using System.Collections.Immutable;
using Moq;
using Pulumi.Testing;

namespace ResearchPlatform.Infra.Tests.Support;

/// <summary>
/// A strict <see cref="IMocks"/>: every resource type and data source the platform uses is answered
/// with plausible outputs; anything else throws, so a new kind cannot slip in unmapped.
/// </summary>
public sealed class PlatformMocks
{
    public const string MockPrivateKey = "-----BEGIN PRIVATE KEY-----\nMOCK-PRIVATE-KEY\n-----END PRIVATE KEY-----\n";
    public const string MockCertificate = "-----BEGIN CERTIFICATE-----\nMOCK-CERTIFICATE\n-----END CERTIFICATE-----\n";
    public const string TemplateUuid = "4216f0c2-0000-4000-8000-template0001";

    public PlatformMocks()
    {
        Mock.Setup(m => m.NewResourceAsync(It.IsAny<MockResourceArgs>())).Returns((MockResourceArgs args) => Task.FromResult(NewResource(args)));
        Mock.Setup(m => m.CallAsync(It.IsAny<MockCallArgs>())).Returns((MockCallArgs args) => Task.FromResult(Call(args)));
        Mock.Setup(m => m.RegisterResourceOutputs(It.IsAny<MockRegisterResourceOutputsRequest>())).Returns(Task.CompletedTask);
    }

    public Mock<IMocks> Mock { get; } = new(MockBehavior.Strict);

    /// <summary>Every registration, by logical name.</summary>
    public ConcurrentDictionary<string, MockResourceArgs> Registered { get; } = new();

    /// <summary>Tag categories vCenter does not have: their lookup fails as the provider's does.</summary>
    public HashSet<string> MissingTagCategories { get; } = new(StringComparer.Ordinal);

    /// <summary>Every data source call, in order.</summary>
    public ConcurrentQueue<MockCallArgs> Calls { get; } = new();

    /// <summary>The inputs a resource was registered with.</summary>
    public ImmutableDictionary<string, object> Inputs(string name) => Registered[name].Inputs;

    private (string? Id, object State) NewResource(MockResourceArgs args)
    {
        Registered[args.Name!] = args;
        var outputs = args.Type switch
        {
            var t when t!.StartsWith("research-platform:", StringComparison.Ordinal) => Outputs(),
            "kubernetes:yaml/v2:ConfigGroup" => Outputs(("resources", ImmutableArray<object>.Empty)),
            "pulumi:providers:kubernetes" => Outputs(),
            "kubernetes:helm.sh/v3:Release" => Outputs(("status", ImmutableDictionary<string, object>.Empty.Add("status", "deployed").Add("version", args.Inputs["version"]))),
            "kubernetes:core/v1:Secret" => Outputs(),
            "vsphere:index/virtualMachine:VirtualMachine" => Outputs(("moid", $"vm-{args.Name}"), ("uuid", $"uuid-{args.Name}"), ("defaultIpAddress", "10.0.0.1")),
            "random:index/randomPassword:RandomPassword" => Outputs(("result", $"mock{args.Name!.Replace("-", "")}")),
            "random:index/randomBytes:RandomBytes" => Outputs(("hex", "00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff"), ("base64", "ABEiM0RVZneImaq7zN3u/wARIjNEVWZ3iJmqu8zd7v8=")),
            "tls:index/privateKey:PrivateKey" => Outputs(("privateKeyPem", MockPrivateKey), ("publicKeyPem", "-----BEGIN PUBLIC KEY-----\nMOCK\n-----END PUBLIC KEY-----\n")),
            "tls:index/selfSignedCert:SelfSignedCert" => Outputs(("certPem", MockCertificate)),
            "tls:index/certRequest:CertRequest" => Outputs(("certRequestPem", "-----BEGIN CERTIFICATE REQUEST-----\nMOCK\n-----END CERTIFICATE REQUEST-----\n")),
            "tls:index/locallySignedCert:LocallySignedCert" => Outputs(("certPem", MockCertificate)),
            _ => throw new InvalidOperationException($"unexpected resource type {args.Type} ({args.Name})"),
        };
        return ($"{args.Name}-id", args.Inputs.SetItems(outputs));
    }

    private object Call(MockCallArgs args)
    {
        Calls.Enqueue(args);
        var name = args.Args.TryGetValue("name", out var n) ? (string)n : "";
        if (args.Token == "vsphere:index/getTagCategory:getTagCategory" && MissingTagCategories.Contains(name))
        {
            throw new InvalidOperationException($"error reading tag category: category '{name}' not found");
        }

        return args.Token switch
        {
            "vsphere:index/getDatacenter:getDatacenter" => Outputs(("id", $"datacenter-{name}"), ("name", name)),
            "vsphere:index/getComputeCluster:getComputeCluster" => Outputs(("id", $"cluster-{name}"), ("name", name), ("resourcePoolId", $"pool-root-{name}")),
            "vsphere:index/getResourcePool:getResourcePool" => Outputs(("id", $"pool-{name}"), ("name", name)),
            "vsphere:index/getDatastore:getDatastore" => Outputs(("id", $"datastore-{name}"), ("name", name)),
            "vsphere:index/getNetwork:getNetwork" => Outputs(("id", $"network-{name}"), ("name", name), ("type", "DistributedVirtualPortgroup")),
            "vsphere:index/getVirtualMachine:getVirtualMachine" => Outputs(
                ("id", $"template-{name}"),
                ("uuid", TemplateUuid),
                ("guestId", "ubuntu64Guest"),
                ("firmware", "efi"),
                ("scsiType", "pvscsi"),
                ("networkInterfaceTypes", ImmutableArray.Create<object>("vmxnet3")),
                ("disks", ImmutableArray.Create<object>(Outputs(("size", 20), ("thinProvisioned", true), ("eagerlyScrub", false))))),
            "vsphere:index/getTagCategory:getTagCategory" => Outputs(("id", $"category-{name}"), ("name", name)),
            "vsphere:index/getTag:getTag" => Outputs(("id", $"{args.Args["categoryId"]}/tag-{name}"), ("name", name)),
            _ => throw new InvalidOperationException($"unexpected data source {args.Token}"),
        };
    }

    private static ImmutableDictionary<string, object> Outputs(params (string Key, object Value)[] entries) =>
        entries.ToImmutableDictionary(e => e.Key, e => e.Value);
}
