using System.Net;
using ResearchPlatform.Stacks.Config;

namespace ResearchPlatform.Stacks.Sections.Entry;

/// <summary><c>research-platform:entry</c>: the one TLS entry point every web UI is reached through.</summary>
public sealed record EntryConfig
{
    /// <summary>The platform domain; each tool's host name is one label under it (<c>hub.dsp.uni-example.edu</c>).</summary>
    public required string Domain { get; init; }

    /// <summary>The entry point's fixed address, a free address of the node network.</summary>
    public required IPAddress Address { get; init; }

    /// <summary>The university intermediate CA cert-manager issues the platform's certificates from.</summary>
    public required EntryCaConfig Ca { get; init; }
}
