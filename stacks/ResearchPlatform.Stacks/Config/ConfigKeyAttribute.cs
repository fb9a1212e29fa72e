namespace ResearchPlatform.Stacks.Config;

/// <summary>Names a property's config key where it is not the camelCase of the property name.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class ConfigKeyAttribute(string key) : Attribute
{
    public string Key { get; } = key;
}
