using ResearchPlatform.Stacks.Config;

namespace ResearchPlatform.Stacks.Sections;

/// <summary>A section that keeps its data on the platform PostgreSQL: one role and one database of that name each.</summary>
public interface IDatabases
{
    /// <summary>The section's databases on the platform PostgreSQL, in this stack.</summary>
    IEnumerable<string> Databases(StackConfig config);
}
