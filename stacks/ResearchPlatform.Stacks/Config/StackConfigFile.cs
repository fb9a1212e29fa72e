using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

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
    /// <exception cref="ConfigException">The text is not YAML or has no <c>config:</c> mapping.</exception>
    public static RawStackConfig Parse(string stack, string source, string text)
    {
        var yaml = new YamlStream();
        try
        {
            yaml.Load(new StringReader(text));
        }
        catch (YamlException e)
        {
            throw new ConfigException(stack, [new ConfigError($"{source}:{e.Start.Line}:{e.Start.Column}", $"not valid YAML: {e.InnerException?.Message ?? e.Message}")]);
        }

        if (yaml.Documents.Count == 0 || yaml.Documents[0].RootNode is not YamlMappingNode root)
        {
            throw new ConfigException(stack, [new ConfigError(source, "must be a mapping with a 'config:' key")]);
        }

        var config = root.Children.FirstOrDefault(c => c.Key is YamlScalarNode { Value: "config" }).Value;
        if (config is null)
        {
            return new RawStackConfig(stack, source, []);
        }

        if (Convert(config) is not ConfigMapping mapping)
        {
            throw new ConfigException(stack, [new ConfigError($"{source}:config", "must be a mapping of 'namespace:key' to values")]);
        }

        return new RawStackConfig(stack, source, mapping.Entries);
    }

    private static ConfigNode Convert(YamlNode node) => node switch
    {
        YamlMappingNode m when IsSecure(m) => ConfigSecret.Instance,
        YamlMappingNode m => new ConfigMapping(m.Children.Select(c => KeyValuePair.Create(((YamlScalarNode)c.Key).Value ?? "", Convert(c.Value))).ToList()),
        YamlSequenceNode s => new ConfigSequence(s.Children.Select(Convert).ToList()),
        YamlScalarNode { Style: ScalarStyle.Plain, Value: "null" or "~" or "" or null } => new ConfigScalar(null),
        YamlScalarNode scalar => new ConfigScalar(scalar.Value),
        _ => throw new InvalidOperationException($"unsupported YAML node {node.NodeType}"),
    };

    private static bool IsSecure(YamlMappingNode mapping) =>
        mapping.Children.Count == 1 && mapping.Children.Single().Key is YamlScalarNode { Value: "secure" };
}
