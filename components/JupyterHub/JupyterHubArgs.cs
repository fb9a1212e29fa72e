using ResearchPlatform.Components.Plan.Values;

namespace ResearchPlatform.Components.JupyterHub;

/// <summary>Inputs of <see cref="JupyterHub"/>.</summary>
public sealed record JupyterHubArgs
{
    /// <summary>The namespace of the hub and the notebooks.</summary>
    public required string Namespace { get; init; }

    public required string Hostname { get; init; }

    /// <summary>The platform's Gateway the hub's route attaches to; set when the hub is wired to the entry point.</summary>
    public Entry.GatewayHandle? Gateway { get; init; }

    public required HubLogin Login { get; init; }

    /// <summary>The auth-state encryption key (64 hex digits): a secret reference, the same at both sites.</summary>
    public required PlanValue AuthStateKey { get; init; }

    /// <summary>The hub database: an external server, or the platform PostgreSQL once wired (<see cref="JupyterHub.OnPlatformDatabase"/>).</summary>
    public HubDatabase? Database { get; init; }

    /// <summary>The database to use on the platform PostgreSQL when <see cref="Database"/> is not given.</summary>
    public string? PlatformDatabase { get; init; }

    /// <summary>The research database on the platform PostgreSQL notebooks connect to; null when they have none.</summary>
    public string? ResearchDatabase { get; init; }

    /// <summary>Each tier's login role on <see cref="ResearchDatabase"/>, by tier name.</summary>
    public IReadOnlyDictionary<string, string> TierRoles { get; init; } = new Dictionary<string, string>();

    /// <summary>The research database and object storage every notebook is set up for; null leaves notebooks without them.</summary>
    public NotebookData? Data { get; init; }

    /// <summary>
    /// Whether <c>/hub/metrics</c> answers without a token, for Prometheus; only the monitoring
    /// namespace may reach the hub's port besides the proxy. Default: false.
    /// </summary>
    public bool PublicMetrics { get; init; }

    /// <summary>The university root CA (PEM) notebooks verify the tools with; null to mount none.</summary>
    public string? PlatformCa { get; init; }

    /// <summary>The platform's tools as every notebook finds them: environment variables holding their URLs (<c>CKAN_URL</c>).</summary>
    public IReadOnlyList<KeyValuePair<string, string>> ToolEndpoints { get; init; } = [];

    /// <summary>The tiers, in the order they are tried (researchers first).</summary>
    public required IReadOnlyList<HubTier> Tiers { get; init; }

    public required IReadOnlyList<HubProfile> Profiles { get; init; }

    public IReadOnlyList<HubShareMount> Shares { get; init; } = [];

    public required string Organization { get; init; }

    public string? LogoUrl { get; init; }

    public string LoginMessage { get; init; } = "";

    public required int IdleTimeoutMinutes { get; init; }

    public required int MaxAgeHours { get; init; }

    /// <summary>The notebooks' user and group.</summary>
    public int Uid { get; init; } = 1000;

    public int FsGid { get; init; } = 100;

    /// <summary>The Zero to JupyterHub chart. Default: <see cref="JupyterHubCharts.ZeroToJupyterHub"/>.</summary>
    public Plan.Resources.HelmChart Chart { get; init; } = JupyterHubCharts.ZeroToJupyterHub;
}
