using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace ResearchPlatform.Stacks.Generators;

/// <summary>A config record and its keys.</summary>
internal sealed class ConfigRecordModel
{
    public ConfigRecordModel(INamedTypeSymbol type, IReadOnlyList<ConfigMemberModel> members)
    {
        Type = type;
        Members = members;
    }

    public INamedTypeSymbol Type { get; }

    public IReadOnlyList<ConfigMemberModel> Members { get; }
}
