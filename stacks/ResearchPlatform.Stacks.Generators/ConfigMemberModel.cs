using System.Linq;
using Microsoft.CodeAnalysis;

namespace ResearchPlatform.Stacks.Generators;

/// <summary>One key of a record: its property, name and marks, as the binder read them by reflection.</summary>
internal sealed class ConfigMemberModel
{
    public ConfigMemberModel(IPropertySymbol property)
    {
        Property = property;
        var named = Attribute(property, "ResearchPlatform.Stacks.Config.ConfigKeyAttribute")?.ConstructorArguments.FirstOrDefault().Value as string;
        Key = named ?? char.ToLowerInvariant(property.Name[0]) + property.Name.Substring(1);
        MultiLine = Attribute(property, "ResearchPlatform.Stacks.Config.MultiLineAttribute") is not null;
        Range = Attribute(property, "System.ComponentModel.DataAnnotations.RangeAttribute");
    }

    public IPropertySymbol Property { get; }

    /// <summary>The key as written in config: the attribute's, else the property's name in camelCase.</summary>
    public string Key { get; }

    public bool MultiLine { get; }

    public AttributeData? Range { get; }

    private static AttributeData? Attribute(IPropertySymbol property, string name) =>
        property.GetAttributes().FirstOrDefault(a => a.AttributeClass?.ToDisplayString() == name);
}
