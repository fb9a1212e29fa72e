using Pulumi;
using Pulumi.VSphere;

namespace ResearchPlatform.Infra;

/// <summary>
/// Looks up the vCenter inventory the plan names (datacenter, pool, datastore, network, template)
/// through the vSphere data sources, once per name.
/// </summary>
public sealed class VsphereInventory
{
    private readonly Dictionary<string, object> cache = new(StringComparer.Ordinal);

    public Output<string> DatacenterId(string datacenter) => Cached($"dc/{datacenter}", () =>
        GetDatacenter.Invoke(new GetDatacenterInvokeArgs { Name = datacenter }).Apply(r => r.Id));

    /// <summary>The compute cluster's root pool, or the named pool below it.</summary>
    public Output<string> ResourcePoolId(string datacenter, string computeCluster, string? resourcePool) => resourcePool is null
        ? Cached($"cluster/{datacenter}/{computeCluster}", () =>
            GetComputeCluster.Invoke(new GetComputeClusterInvokeArgs { Name = computeCluster, DatacenterId = DatacenterId(datacenter) }).Apply(r => r.ResourcePoolId))
        : Cached($"pool/{datacenter}/{computeCluster}/{resourcePool}", () =>
            GetResourcePool.Invoke(new GetResourcePoolInvokeArgs { Name = $"{computeCluster}/Resources/{resourcePool}", DatacenterId = DatacenterId(datacenter) }).Apply(r => r.Id));

    public Output<string> DatastoreId(string datacenter, string datastore) => Cached($"ds/{datacenter}/{datastore}", () =>
        GetDatastore.Invoke(new GetDatastoreInvokeArgs { Name = datastore, DatacenterId = DatacenterId(datacenter) }).Apply(r => r.Id));

    public Output<string> NetworkId(string datacenter, string network) => Cached($"net/{datacenter}/{network}", () =>
        GetNetwork.Invoke(new GetNetworkInvokeArgs { Name = network, DatacenterId = DatacenterId(datacenter) }).Apply(r => r.Id));

    public Output<GetVirtualMachineResult> Template(string datacenter, string template) => Cached($"vm/{datacenter}/{template}", () =>
        GetVirtualMachine.Invoke(new GetVirtualMachineInvokeArgs { Name = template, DatacenterId = DatacenterId(datacenter) }));

    /// <summary>The id of a tag, by its category's name and its own.</summary>
    /// <remarks>
    /// The provider fails a lookup of a missing category or tag with its own error; it is caught here
    /// and told again with the config key an operator changes, or what to create in vCenter.
    /// </remarks>
    public Output<string> TagId(string category, string tag) => Cached($"tag/{category}/{tag}", () =>
    {
        var categoryId = Cached($"category/{category}", () => Output.Create(Lookup(
            () => GetTagCategory.InvokeAsync(new GetTagCategoryArgs { Name = category }),
            $"vCenter has no tag category '{category}': create it, or remove it from research-platform:vsphere.tags")).Apply(r => r.Id!));
        return categoryId.Apply(id => Lookup(
            () => GetTag.InvokeAsync(new GetTagArgs { Name = tag, CategoryId = id }),
            $"vCenter has no tag '{tag}' in category '{category}': create it, or change research-platform:vsphere.tags")).Apply(r => r.Id!);
    });

    private static async Task<T> Lookup<T>(Func<Task<T>> lookup, string missing)
    {
        try
        {
            return await lookup().ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            throw new InvalidOperationException($"{missing} ({e.Message})", e);
        }
    }

    private Output<T> Cached<T>(string key, Func<Output<T>> lookup)
    {
        if (!cache.TryGetValue(key, out var value))
        {
            value = lookup();
            cache[key] = value;
        }

        return (Output<T>)value;
    }
}
