namespace ResearchPlatform.Components.Platform;

/// <summary>What a namespace's LimitRange gives a container that asks for nothing.</summary>
/// <param name="Cpu">The CPU request.</param>
/// <param name="Memory">The memory request.</param>
/// <param name="CpuLimit">The CPU limit.</param>
/// <param name="MemoryLimit">The memory limit.</param>
public sealed record ContainerDefaults(string Cpu, string Memory, string CpuLimit, string MemoryLimit);
