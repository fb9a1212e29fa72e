using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace ResearchPlatform.Stacks.Generators;

/// <summary>
/// Finds the records, lists and dictionaries the binder meets from the roots, the way the binder
/// tells them apart at run time: text, numbers, booleans, enums, addresses and secrets are values,
/// <c>IReadOnlyList&lt;T&gt;</c> and <c>IReadOnlyDictionary&lt;string, T&gt;</c> collections, any other
/// class a record. What generated code cannot reach is left out, and the binder reflects over it.
/// </summary>
internal sealed class ConfigTypeWalker
{
    private readonly Compilation compilation;
    private readonly List<ConfigRecordModel> records = new List<ConfigRecordModel>();
    private readonly List<ITypeSymbol> lists = new List<ITypeSymbol>();
    private readonly List<ITypeSymbol> dictionaries = new List<ITypeSymbol>();
    private readonly HashSet<ITypeSymbol> seen = new HashSet<ITypeSymbol>(SymbolEqualityComparer.Default);

    public ConfigTypeWalker(Compilation compilation) => this.compilation = compilation;

    /// <summary>Every shape reachable from <paramref name="roots"/>, records in the order first met.</summary>
    public ConfigShapesModel Walk(IEnumerable<INamedTypeSymbol> roots)
    {
        foreach (var root in roots)
        {
            Visit(root);
        }

        return new ConfigShapesModel(records, lists, dictionaries);
    }

    private void Visit(ITypeSymbol type)
    {
        if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable)
        {
            type = nullable.TypeArguments[0];
        }

        if (!seen.Add(type) || IsValue(type) || !compilation.IsSymbolAccessibleWithin(type, compilation.Assembly))
        {
            return;
        }

        if (type is INamedTypeSymbol { IsGenericType: true } generic)
        {
            var definition = generic.OriginalDefinition.ToDisplayString();
            if (definition == "System.Collections.Generic.IReadOnlyList<T>")
            {
                lists.Add(generic.TypeArguments[0]);
                Visit(generic.TypeArguments[0]);
                return;
            }

            if (definition == "System.Collections.Generic.IReadOnlyDictionary<TKey, TValue>")
            {
                if (generic.TypeArguments[0].SpecialType == SpecialType.System_String)
                {
                    dictionaries.Add(generic.TypeArguments[1]);
                    Visit(generic.TypeArguments[1]);
                }

                return;
            }
        }

        if (type is not INamedTypeSymbol { TypeKind: TypeKind.Class, IsAbstract: false } record
            || !record.InstanceConstructors.Any(c => c.Parameters.Length == 0))
        {
            return;
        }

        var members = Members(record).ToList();
        records.Add(new ConfigRecordModel(record, members));
        foreach (var member in members)
        {
            Visit(member.Property.Type);
        }
    }

    // As Type.GetProperties(Public | Instance) filtered to those with a setter: the type's own first,
    // in declaration order, then each base type's that it does not hide.
    private static IEnumerable<ConfigMemberModel> Members(INamedTypeSymbol record)
    {
        var names = new HashSet<string>();
        for (var type = record; type is not null && type.SpecialType != SpecialType.System_Object; type = type.BaseType)
        {
            foreach (var property in type.GetMembers().OfType<IPropertySymbol>())
            {
                if (property.IsStatic || property.IsIndexer || property.DeclaredAccessibility != Accessibility.Public || !names.Add(property.Name) || property.SetMethod is null)
                {
                    continue;
                }

                yield return new ConfigMemberModel(property);
            }
        }
    }

    private static bool IsValue(ITypeSymbol type) =>
        type.SpecialType is SpecialType.System_String or SpecialType.System_Boolean or SpecialType.System_Char
            or SpecialType.System_Byte or SpecialType.System_SByte or SpecialType.System_Int16 or SpecialType.System_UInt16
            or SpecialType.System_Int32 or SpecialType.System_UInt32 or SpecialType.System_Int64 or SpecialType.System_UInt64
            or SpecialType.System_Single or SpecialType.System_Double or SpecialType.System_IntPtr or SpecialType.System_UIntPtr
        || type.TypeKind == TypeKind.Enum
        || type.ToDisplayString() is "System.Net.IPAddress" or "System.Net.IPNetwork" or "ResearchPlatform.Stacks.Config.SecretValue";
}
