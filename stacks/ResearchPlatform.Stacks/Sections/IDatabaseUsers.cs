using ResearchPlatform.Components.Postgres;
using ResearchPlatform.Stacks.Config;

namespace ResearchPlatform.Stacks.Sections;

/// <summary>A section whose people sign in to a platform database with login roles of their own (the notebooks of each tier).</summary>
public interface IDatabaseUsers
{
    /// <summary>The section's login roles in this stack.</summary>
    IEnumerable<PostgresUser> Users(StackConfig config);
}
