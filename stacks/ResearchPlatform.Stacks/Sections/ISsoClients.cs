using ResearchPlatform.Components.Identity;
using ResearchPlatform.Stacks.Config;

namespace ResearchPlatform.Stacks.Sections;

/// <summary>A section whose web UI signs users in through the identity broker.</summary>
public interface ISsoClients
{
    /// <summary>The section's clients at the broker, in this stack.</summary>
    IEnumerable<SsoClient> Clients(StackConfig config);
}
