using ResearchPlatform.Stacks.Config;

namespace ResearchPlatform.Stacks.Sections.Superset;

/// <summary><c>research-platform:superset</c>: Apache Superset and the key of its stored credentials.</summary>
public sealed record SupersetConfig
{
    /// <summary>The UI's host name, one label under the platform domain (<c>superset.dsp.uni-example.edu</c>).</summary>
    public required string Hostname { get; init; }

    /// <summary>The platform's Superset image (built from <c>images/superset/</c>), pinned by tag and digest.</summary>
    public required string Image { get; init; }

    /// <summary>The SECRET_KEY that encrypts the database credentials Superset stores; the same in both stacks.</summary>
    public SecretValue? SecretKey { get; init; }
}
