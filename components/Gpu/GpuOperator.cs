using ResearchPlatform.Components.Plan;
using ResearchPlatform.Components.Plan.Resources;
using ResearchPlatform.Components.Plan.Values;
using static ResearchPlatform.Components.Plan.Values.PlanValues;

namespace ResearchPlatform.Components.Gpu;

/// <summary>
/// The NVIDIA GPU Operator for vSphere vGPU guests: the guest driver from the site's registry,
/// licensed through the NVIDIA License System, and its operands (driver, container toolkit, device
/// plugin) only on GPU nodes, so a profile asking for <c>nvidia.com/gpu</c> can be scheduled.
/// </summary>
public static class GpuOperator
{
    public const string Type = "research-platform:gpu:GpuOperator";

    /// <summary>The Secret the driver reads its licence from (<c>driver.licensingConfig.secretName</c>).</summary>
    public const string LicensingSecret = "licensing-config";

    /// <summary>The operator goes into its namespace once that exists.</summary>
    public static KubernetesWiring Wiring(GpuOperatorArgs args, PlanResource provider, PlanComponent namespaces) =>
        new(provider) { After = [Platform.Namespaces.Of(namespaces, args.Namespace)] };

    /// <summary>Builds the licence Secret and the pinned release.</summary>
    public static PlanComponent Build(GpuOperatorArgs args, KubernetesWiring on, string? parent = null)
    {
        var licence = new PlanResource
        {
            Name = "gpu-operator-licensing",
            Provider = on.ProviderName,
            DependsOn = on.AfterNames,
            Spec = new KubernetesSecretSpec
            {
                SecretName = LicensingSecret,
                Namespace = args.Namespace,

                // The driver reads both files; gridd.conf may stay empty with NLS.
                StringData =
                [
                    KeyValuePair.Create<string, PlanValue>("client_configuration_token.tok", args.LicenseToken),
                    KeyValuePair.Create<string, PlanValue>("gridd.conf", ""),
                ],
            },
        };
        var release = new PlanResource
        {
            Name = "gpu-operator",
            Provider = on.ProviderName,
            DependsOn = [licence.Name, .. on.AfterNames],
            Spec = new HelmReleaseSpec
            {
                ReleaseName = "gpu-operator",
                Chart = args.Chart,
                Namespace = args.Namespace,
                TimeoutSeconds = 1200,
                PrivilegedWorkloads =
                [
                    "nvidia-driver-daemonset: loads the vGPU guest kernel module on each GPU node (privileged, host PID and paths)",
                    "nvidia-container-toolkit-daemonset: configures containerd for GPU containers on each GPU node (privileged, host paths)",
                    "nvidia-device-plugin-daemonset and the operator validator: register and check the GPUs on each GPU node (privileged, host paths)",
                    "nfd-worker DaemonSet: reads each GPU node's PCI devices (host paths, read-only)",
                ],
                Values = Values(args),
            },
        };
        return new PlanComponent(Type, "gpu-operator", [licence, release], parent);
    }

    private static MapValue Values(GpuOperatorArgs args) => Map(
        ("driver", Map(
            ("enabled", true),
            ("repository", args.DriverRepository),
            ("image", args.DriverImage),
            ("version", args.DriverVersion),
            ("licensingConfig", Map(("secretName", LicensingSecret), ("nlsEnabled", true))))),

        // vGPU C-series profiles are time-sliced, not MIG partitions.
        ("migManager", Map(("enabled", false))),
        ("node-feature-discovery", Map(
            ("worker", Map(("nodeSelector", Map((args.GpuNodeLabel.Key, args.GpuNodeLabel.Value))))))));
}
