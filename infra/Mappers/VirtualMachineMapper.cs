using System.Collections.Immutable;
using Pulumi;
using Pulumi.VSphere;
using Pulumi.VSphere.Inputs;
using ResearchPlatform.Components.Plan;
using ResearchPlatform.Components.Plan.Resources;

namespace ResearchPlatform.Infra.Mappers;

/// <summary>
/// <see cref="VirtualMachineSpec"/> to <c>vsphere:VirtualMachine</c>: cloned from the template by its
/// UUID, with the template's guest OS, firmware, SCSI and NIC types, and cloud-init in ExtraConfig.
/// </summary>
public sealed class VirtualMachineMapper(VsphereInventory inventory) : IResourceMapper
{
    public ResourceKind Kind => ResourceKind.VirtualMachine;

    public RealizedResource Create(MappingInput input, ValueRealizer values)
    {
        var spec = (VirtualMachineSpec)input.Resource.Spec;
        var options = input.CustomOptions();
        var template = inventory.Template(spec.Datacenter, spec.Template);
        var extraConfig = Output.Tuple(values.Text(spec.UserData), values.Text(spec.MetaData))
            .Apply(documents => CloudInitEncoder.ExtraConfig(documents.Item1, documents.Item2, spec.Encoding)
                .ToImmutableDictionary(e => e.Key, e => e.Value));
        var args = new VirtualMachineArgs
        {
            Name = spec.VmName,
            ResourcePoolId = inventory.ResourcePoolId(spec.Datacenter, spec.ComputeCluster, spec.ResourcePool),
            DatastoreId = inventory.DatastoreId(spec.Datacenter, spec.Datastore),
            Folder = spec.Folder,
            NumCpus = spec.NumCpus,
            Memory = spec.MemoryMiB,
            MemoryReservation = spec.ReserveAllMemory ? spec.MemoryMiB : null,
            MemoryReservationLockedToMax = spec.ReserveAllMemory ? true : null,
            GuestId = template.Apply(t => t.GuestId),
            Firmware = template.Apply(t => t.Firmware ?? "bios"),
            ScsiType = template.Apply(t => t.ScsiType),
            Clone = new VirtualMachineCloneArgs { TemplateUuid = template.Apply(t => t.Uuid) },
            ExtraConfig = Output.CreateSecret(extraConfig),
            Annotation = spec.Annotation,
            WaitForGuestNetTimeout = spec.GuestNetWaitMinutes,
        };
        foreach (var ignored in spec.IgnoredGuestIps)
        {
            args.IgnoredGuestIps.Add(ignored);
        }

        foreach (var (category, tag) in spec.Tags)
        {
            args.Tags.Add(inventory.TagId(category, tag));
        }

        args.NetworkInterfaces.Add(new VirtualMachineNetworkInterfaceArgs
        {
            NetworkId = inventory.NetworkId(spec.Datacenter, spec.Network),
            AdapterType = template.Apply(t => t.NetworkInterfaceTypes.IsDefaultOrEmpty ? "vmxnet3" : t.NetworkInterfaceTypes[0]),
        });
        foreach (var disk in spec.Disks)
        {
            args.Disks.Add(new VirtualMachineDiskArgs { Label = disk.Label, Size = disk.SizeGiB, ThinProvisioned = disk.ThinProvisioned });
        }

        var vm = new VirtualMachine(input.Resource.Name, args, options);
        return new RealizedResource(input.Resource, vm, options, new Dictionary<string, Output<string>>
        {
            ["id"] = vm.Id,
            ["moid"] = vm.Moid,
            ["uuid"] = vm.Uuid,
            ["defaultIpAddress"] = vm.DefaultIpAddress,
        });
    }
}
