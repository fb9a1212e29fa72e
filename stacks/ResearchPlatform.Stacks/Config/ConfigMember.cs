using System.ComponentModel.DataAnnotations;

namespace ResearchPlatform.Stacks.Config;

/// <summary>One key of a config record, as the binder needs it: no reflection left to do.</summary>
/// <param name="Key">The key as written in config (camelCase, or the property's <see cref="ConfigKeyAttribute"/>).</param>
/// <param name="Type">The property's type.</param>
/// <param name="Required">Whether the property is <c>required</c>.</param>
/// <param name="MultiLine">Whether the property is marked <see cref="MultiLineAttribute"/>.</param>
/// <param name="Range">The property's bounds, if it has them.</param>
/// <param name="Set">Sets the property on a record the binder created.</param>
internal sealed record ConfigMember(string Key, Type Type, bool Required, bool MultiLine, RangeAttribute? Range, Action<object, object> Set);
