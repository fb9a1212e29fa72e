using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace ResearchPlatform.Stacks.Generators;

/// <summary>What the walker found: the records, and the item types of the lists and dictionaries.</summary>
internal sealed class ConfigShapesModel
{
    public ConfigShapesModel(IReadOnlyList<ConfigRecordModel> records, IReadOnlyList<ITypeSymbol> lists, IReadOnlyList<ITypeSymbol> dictionaries)
    {
        Records = records;
        Lists = lists;
        Dictionaries = dictionaries;
    }

    public IReadOnlyList<ConfigRecordModel> Records { get; }

    public IReadOnlyList<ITypeSymbol> Lists { get; }

    public IReadOnlyList<ITypeSymbol> Dictionaries { get; }
}
