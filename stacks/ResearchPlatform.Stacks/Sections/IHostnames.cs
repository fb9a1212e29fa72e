using ResearchPlatform.Stacks.Config;

namespace ResearchPlatform.Stacks.Sections;

/// <summary>A section whose web UI has a host name under the platform domain, behind the entry point.</summary>
public interface IHostnames
{
    /// <summary>Each host name the section serves, with the config key that sets it.</summary>
    IEnumerable<(string Path, string Hostname)> Hostnames(StackConfig config);
}
