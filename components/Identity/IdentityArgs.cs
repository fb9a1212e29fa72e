namespace ResearchPlatform.Components.Identity;

/// <summary>Inputs of <see cref="IdentityBroker"/>.</summary>
public sealed record IdentityArgs
{
    /// <summary>The broker's host name under the platform domain; its issuer is <c>https://&lt;hostname&gt;</c>.</summary>
    public required string Hostname { get; init; }

    public required DirectoryArgs Directory { get; init; }

    /// <summary>The tools that sign in through the broker.</summary>
    public IReadOnlyList<SsoClient> Clients { get; init; } = [];

    /// <summary>The broker's namespace.</summary>
    public string Namespace { get; init; } = IdentityBroker.Namespace;

    /// <summary>The Dex chart. Default: <see cref="IdentityCharts.Dex"/>.</summary>
    public Plan.Resources.HelmChart Chart { get; init; } = IdentityCharts.Dex;
}
