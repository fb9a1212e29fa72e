namespace ResearchPlatform.Components.Plan;

/// <summary>Lifecycle options, realized as Pulumi resource options.</summary>
public sealed record PlanResourceOptions
{
    /// <summary>No special lifecycle handling.</summary>
    public static readonly PlanResourceOptions Default = new();

    /// <summary>Options for stateful resources: a delete needs a deliberate unprotect, and never removes the backing object.</summary>
    public static readonly PlanResourceOptions Stateful = new() { Protect = true, RetainOnDelete = true };

    /// <summary>Refuse to delete or replace the resource until it is unprotected.</summary>
    public bool Protect { get; init; }

    /// <summary>On delete, forget the resource but leave the real object in place.</summary>
    public bool RetainOnDelete { get; init; }

    /// <summary>Delete the old resource before creating its replacement (static IPs, fixed names).</summary>
    public bool DeleteBeforeReplace { get; init; }

    /// <summary>Property paths whose drift is ignored after creation.</summary>
    public IReadOnlyList<string> IgnoreChanges { get; init; } = [];
}
