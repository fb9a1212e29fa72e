using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace ResearchPlatform.Components.Plan;

/// <summary>The node events as YamlDotNet's event objects, for its own <see cref="IEmitter"/>.</summary>
internal sealed class YamlDotNetNodeWriter(IEmitter emitter) : IYamlNodeWriter
{
    /// <inheritdoc/>
    public void Scalar(string value, ScalarStyle style, bool isPlainImplicit, bool isQuotedImplicit) =>
        emitter.Emit(new Scalar(null, null, value, style, isPlainImplicit, isQuotedImplicit));

    /// <inheritdoc/>
    public void MappingStart(MappingStyle style) => emitter.Emit(new MappingStart(null, null, true, style));

    /// <inheritdoc/>
    public void MappingEnd() => emitter.Emit(new MappingEnd());

    /// <inheritdoc/>
    public void SequenceStart(SequenceStyle style) => emitter.Emit(new SequenceStart(null, null, true, style));

    /// <inheritdoc/>
    public void SequenceEnd() => emitter.Emit(new SequenceEnd());
}
