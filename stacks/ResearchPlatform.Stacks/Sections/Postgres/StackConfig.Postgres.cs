using ResearchPlatform.Stacks.Sections.Postgres;

namespace ResearchPlatform.Stacks.Config;

/// <summary>The postgres section's key in the stack config.</summary>
public sealed partial record StackConfig
{
    /// <summary><c>research-platform:postgres</c>: the platform PostgreSQL.</summary>
    public required PostgresConfig Postgres { get; init; }
}
