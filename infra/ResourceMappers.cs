using ResearchPlatform.Infra.Mappers;

namespace ResearchPlatform.Infra;

/// <summary>The realizers of plan resources: one mapper per resource kind, each deciding nothing.</summary>
public static class ResourceMappers
{
    /// <summary>One mapper per resource kind.</summary>
    public static IReadOnlyList<IResourceMapper> All(VsphereInventory inventory) =>
    [
        new VirtualMachineMapper(inventory),
        new KubernetesProviderMapper(),
        new HelmReleaseMapper(),
        new KubernetesManifestMapper(),
        new KubernetesSecretMapper(),
        new GeneratedSecretMapper(),
        new TlsPrivateKeyMapper(),
        new TlsSelfSignedCertMapper(),
        new TlsCertRequestMapper(),
        new TlsLocallySignedCertMapper(),
    ];
}
