namespace ResearchPlatform.Components.Platform;

/// <summary>Egress a namespace's pods need beyond cluster DNS, as a named NetworkPolicy.</summary>
/// <param name="Name">The policy name after <c>allow-</c> (<c>kubernetes-api</c>).</param>
/// <param name="Cidrs">The destination networks.</param>
/// <param name="TcpPorts">The destination ports.</param>
public sealed record EgressAllowance(string Name, IReadOnlyList<string> Cidrs, IReadOnlyList<int> TcpPorts);
