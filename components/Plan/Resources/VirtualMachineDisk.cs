namespace ResearchPlatform.Components.Plan.Resources;

/// <summary>A VM disk.</summary>
/// <param name="Label">The disk label, unique per VM (<c>disk0</c> is the system disk).</param>
/// <param name="SizeGiB">The size in GiB.</param>
/// <param name="ThinProvisioned">Whether the datastore allocates space on write.</param>
public sealed record VirtualMachineDisk(string Label, int SizeGiB, bool ThinProvisioned);
