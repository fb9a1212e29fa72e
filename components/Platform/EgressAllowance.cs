namespace ResearchPlatform.Components.Platform;

/// <summary>Egress a namespace's pods need beyond cluster DNS, as a named NetworkPolicy.</summary>
/// <param name="Name">The policy name after <c>allow-</c> (<c>kubernetes-api</c>).</param>
/// <param name="Cidrs">The destination networks.</param>
/// <param name="TcpPorts">The destination ports.</param>
public sealed record EgressAllowance(string Name, IReadOnlyList<string> Cidrs, IReadOnlyList<int> TcpPorts)
{
    /// <summary>Only pods whose label has one of these values; null for every pod of the namespace.</summary>
    public (string Label, IReadOnlyList<string> Values)? Pods { get; init; }

    /// <summary>Also let out to pods of every platform namespace (the entry point reaching each tool).</summary>
    public bool ToPlatform { get; init; }

    /// <summary>Also let out to pods of these namespaces (a database's own, say).</summary>
    public IReadOnlyList<string> ToNamespaces { get; init; } = [];
}
