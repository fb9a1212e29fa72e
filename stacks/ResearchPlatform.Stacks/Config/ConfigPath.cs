namespace ResearchPlatform.Stacks.Config;

/// <summary>Builds config key paths the way <c>pulumi config set --path</c> spells them.</summary>
public static class ConfigPath
{
    /// <summary>The project's config namespace.</summary>
    public const string Namespace = "research-platform";

    /// <summary>The path of a top-level section: <c>research-platform:cluster</c>.</summary>
    public static string Section(string key) => $"{Namespace}:{key}";

    /// <summary>The path of a mapping entry.</summary>
    public static string Child(string path, string key) => path.EndsWith(':') ? path + key : $"{path}.{key}";

    /// <summary>The path of a list item.</summary>
    public static string Item(string path, int index) => $"{path}[{index}]";

    /// <summary>Whether <paramref name="path"/> is <paramref name="ancestor"/> or lies below it.</summary>
    public static bool IsWithin(string path, string ancestor) =>
        path == ancestor
        || (path.StartsWith(ancestor, StringComparison.Ordinal) && path.Length > ancestor.Length && path[ancestor.Length] is '.' or '[');
}
