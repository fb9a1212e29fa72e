using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace ResearchPlatform.Components.Plan;

/// <summary>
/// The node events <see cref="PlanYaml"/>'s walkers produce, as calls instead of event objects: the
/// render writes some twenty thousand scalars, and an object for each was its largest allocation.
/// </summary>
internal interface IYamlNodeWriter
{
    /// <summary>A scalar, with YamlDotNet's style and implicit-tag flags.</summary>
    void Scalar(string value, ScalarStyle style, bool isPlainImplicit, bool isQuotedImplicit);

    /// <summary>The start of a mapping; an empty one is written in flow style.</summary>
    void MappingStart(MappingStyle style);

    /// <summary>The end of the innermost mapping.</summary>
    void MappingEnd();

    /// <summary>The start of a sequence; an empty one is written in flow style.</summary>
    void SequenceStart(SequenceStyle style);

    /// <summary>The end of the innermost sequence.</summary>
    void SequenceEnd();
}
