using System.Text.RegularExpressions;
using ResearchPlatform.Stacks.Config;

namespace ResearchPlatform.Stacks.Validation;

/// <summary>GPU pools need the GPU Operator, with a driver from the site's registry and a licence server.</summary>
public sealed partial class GpuRules : IConfigRule
{
    public IReadOnlyList<string> Reads { get; } = ["research-platform:cluster.workerPools", "research-platform:cluster.gpuOperator"];

    public IEnumerable<ConfigError> Check(StackConfig config)
    {
        var path = ConfigPath.Child(ConfigPath.Section("cluster"), "gpuOperator");
        var gpuPool = config.Cluster.WorkerPools.FirstOrDefault(p => p.Gpu is not null);
        if (config.Cluster.GpuOperator is not { } gpu)
        {
            if (gpuPool is not null)
            {
                yield return new(path,
                    $"is required because worker pool '{gpuPool.Name}' has GPUs: without the GPU Operator no vGPU driver or device plugin runs and no profile with gpus can start; " +
                    "add driverRepository, driverVersion, licenseServer and licenseToken");
            }

            yield break;
        }

        if (!Repository().IsMatch(gpu.DriverRepository))
        {
            yield return new(ConfigPath.Child(path, "driverRepository"), $"must be a registry path without scheme or tag, such as registry.uni-example.edu/nvidia (got '{gpu.DriverRepository}')");
        }

        if (!Name().IsMatch(gpu.DriverImage))
        {
            yield return new(ConfigPath.Child(path, "driverImage"), $"must be an image name without registry or tag, such as vgpu-guest-driver (got '{gpu.DriverImage}')");
        }

        if (!Version().IsMatch(gpu.DriverVersion))
        {
            yield return new(ConfigPath.Child(path, "driverVersion"), $"must be the vGPU guest driver version of the hosts' vGPU Manager branch, such as 580.95.05 (got '{gpu.DriverVersion}')");
        }

        if (gpu.LicenseServer.PrefixLength < 8)
        {
            yield return new(ConfigPath.Child(path, "licenseServer"), $"must be the licence server's address or network, such as 10.41.40.20/32; the driver pods may reach nothing else (got '{gpu.LicenseServer}')");
        }
    }

    [GeneratedRegex("^[a-z0-9]([a-z0-9.-]*[a-z0-9])?(:[0-9]{1,5})?(/[a-z0-9]([a-z0-9._-]*[a-z0-9])?)+\\z")]
    private static partial Regex Repository();

    [GeneratedRegex("^[a-z0-9]([a-z0-9._-]*[a-z0-9])?\\z")]
    private static partial Regex Name();

    [GeneratedRegex("^[0-9]{3}\\.[0-9]{1,3}(\\.[0-9]{1,3})?\\z")]
    private static partial Regex Version();
}
