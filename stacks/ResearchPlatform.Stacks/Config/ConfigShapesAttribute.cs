namespace ResearchPlatform.Stacks.Config;

/// <summary>
/// Asks the config shapes generator (<c>ResearchPlatform.Stacks.Generators</c>) for the binder's
/// tables of every record reachable from <see cref="Root"/>, written into the partial class it marks.
/// </summary>
/// <param name="root">The record the binder starts from.</param>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true)]
internal sealed class ConfigShapesAttribute(Type root) : Attribute
{
    /// <summary>The record the binder starts from.</summary>
    public Type Root { get; } = root;
}
