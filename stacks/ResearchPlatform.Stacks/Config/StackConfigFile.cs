namespace ResearchPlatform.Stacks.Config;

/// <summary>Reads <c>Pulumi.&lt;stack&gt;.yaml</c> and the platform layers it imports into raw config, keeping secret leaves opaque.</summary>
public static class StackConfigFile
{
    /// <summary>The stack file's name for <paramref name="stack"/>.</summary>
    public static string FileName(string stack) => $"Pulumi.{stack}.yaml";

    /// <summary>Reads the stack file of <paramref name="stack"/> in <paramref name="directory"/>.</summary>
    /// <exception cref="ConfigException">The file is missing or is not a Pulumi stack file.</exception>
    public static RawStackConfig Load(string directory, string stack)
    {
        var path = Path.Combine(directory, FileName(stack));
        if (!File.Exists(path))
        {
            throw new ConfigException(stack, [new ConfigError(FileName(stack), $"no such file in {Path.GetFullPath(directory)}; create it with 'pulumi stack init {stack}' or pass --dir")]);
        }

        return Parse(stack, FileName(stack), File.ReadAllText(path), name => File.Exists(Path.Combine(directory, name)) ? File.ReadAllText(Path.Combine(directory, name)) : null);
    }

    /// <summary>Parses stack file text, over the platform layer it names (<see cref="PlatformLayer.Key"/>).</summary>
    /// <param name="stack">The stack.</param>
    /// <param name="source">The file's name, for messages.</param>
    /// <param name="text">The file's text.</param>
    /// <param name="readLayer">The text of a file beside the stack file, or null where there is none; default: none (a layer is then an error).</param>
    /// <exception cref="ConfigException">The text is not YAML this tool reads, has no <c>config:</c> mapping, or names a layer that cannot be read.</exception>
    public static RawStackConfig Parse(string stack, string source, string text, Func<string, string?>? readLayer = null)
    {
        var own = Keys(stack, source, text);
        var named = own.FirstOrDefault(k => k.Key == PlatformLayer.Key).Value;
        if (named is null)
        {
            return new RawStackConfig(stack, source, own);
        }

        var site = own.Where(k => k.Key != PlatformLayer.Key).ToList();
        var layer = Layer(stack, source, named, readLayer);
        return new RawStackConfig(stack, source, ConfigLayers.Merge(layer.Keys, site))
        {
            Layer = layer.Name,
            SitePaths = [.. ConfigLayers.ValuePaths(site)],
        };
    }

    private static (string Name, IReadOnlyList<KeyValuePair<string, ConfigNode>> Keys) Layer(string stack, string source, ConfigNode named, Func<string, string?>? readLayer)
    {
        const string at = PlatformLayer.Key;
        if (named is not ConfigScalar { Value: { } name } || !PlatformLayer.IsFileName(name))
        {
            throw new ConfigException(stack, [new ConfigError(at, $"must name the platform layer, a YAML file beside {source} such as platform.yaml (got {named.Shape})")]);
        }

        var text = readLayer?.Invoke(name)
            ?? throw new ConfigException(stack, [new ConfigError(at, $"names {name}, which is not beside {source}; the platform layer both sites share lives there")]);
        var keys = Keys(stack, name, text);
        if (keys.Any(k => k.Key == PlatformLayer.Key))
        {
            throw new ConfigException(stack, [new ConfigError($"{name}:{PlatformLayer.Key}", "a platform layer cannot name another layer: there is one layer, under every stack file")]);
        }

        return (name, keys);
    }

    private static IReadOnlyList<KeyValuePair<string, ConfigNode>> Keys(string stack, string source, string text)
    {
        ConfigNode? root;
        try
        {
            root = StackYamlReader.Read(text);
        }
        catch (StackYamlException e)
        {
            throw new ConfigException(stack, [new ConfigError(e.At is { } at ? $"{source}:{at.Line}:{at.Column}" : source, e.Message)]);
        }

        if (root is not ConfigMapping file)
        {
            throw new ConfigException(stack, [new ConfigError(source, "must be a mapping with a 'config:' key")]);
        }

        return file.Entries.FirstOrDefault(e => e.Key == "config").Value switch
        {
            null or ConfigScalar { Value: null } => [],
            ConfigMapping mapping => mapping.Entries,
            _ => throw new ConfigException(stack, [new ConfigError($"{source}:config", "must be a mapping of 'namespace:key' to values")]),
        };
    }
}
