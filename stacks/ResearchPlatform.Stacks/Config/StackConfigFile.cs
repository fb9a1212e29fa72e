namespace ResearchPlatform.Stacks.Config;

/// <summary>Reads <c>Pulumi.&lt;stack&gt;.yaml</c> into raw config, keeping <c>secure:</c> leaves opaque.</summary>
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

        return Parse(stack, FileName(stack), File.ReadAllText(path));
    }

    /// <summary>Parses stack file text.</summary>
    /// <exception cref="ConfigException">The text is not YAML this tool reads, or has no <c>config:</c> mapping.</exception>
    public static RawStackConfig Parse(string stack, string source, string text)
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

        var config = file.Entries.FirstOrDefault(e => e.Key == "config").Value;
        if (config is null or ConfigScalar { Value: null })
        {
            return new RawStackConfig(stack, source, []);
        }

        if (config is not ConfigMapping mapping)
        {
            throw new ConfigException(stack, [new ConfigError($"{source}:config", "must be a mapping of 'namespace:key' to values")]);
        }

        return new RawStackConfig(stack, source, mapping.Entries);
    }
}
