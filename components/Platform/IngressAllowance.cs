namespace ResearchPlatform.Components.Platform;

/// <summary>Ingress a namespace's pods accept, as a named NetworkPolicy; everything else stays denied.</summary>
/// <param name="Name">The policy name after <c>allow-</c> (<c>https-from-anywhere</c>).</param>
/// <param name="Cidrs">The source networks; empty when <see cref="FromPlatform"/> alone admits.</param>
/// <param name="TcpPorts">The pods' ports.</param>
public sealed record IngressAllowance(string Name, IReadOnlyList<string> Cidrs, IReadOnlyList<int> TcpPorts)
{
    /// <summary>Only pods whose label has one of these values; null for every pod of the namespace.</summary>
    public (string Label, IReadOnlyList<string> Values)? Pods { get; init; }

    /// <summary>Also admit pods of every platform namespace (those the platform manages).</summary>
    public bool FromPlatform { get; init; }

    /// <summary>Also admit pods of these namespaces (the Gateway's, say).</summary>
    public IReadOnlyList<string> FromNamespaces { get; init; } = [];
}
