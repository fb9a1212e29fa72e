using System.Linq;
using Microsoft.CodeAnalysis;

namespace ResearchPlatform.Stacks.Generators;

/// <summary>
/// Writes the config binder's tables for every record reachable from the root named by
/// <c>[ConfigShapes(typeof(Root))]</c> on a partial class: each record's keys in declaration order,
/// whether they are required, their marks, and how to create the record and set each key. The binder
/// read all of this by reflection, which a native build pays for at every start.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class ConfigShapesGenerator : IIncrementalGenerator
{
    private const string Marker = "ResearchPlatform.Stacks.Config.ConfigShapesAttribute";

    /// <inheritdoc />
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var sources = context.SyntaxProvider.ForAttributeWithMetadataName(
            Marker,
            static (node, _) => node is Microsoft.CodeAnalysis.CSharp.Syntax.ClassDeclarationSyntax,
            static (syntax, _) =>
            {
                var holder = (INamedTypeSymbol)syntax.TargetSymbol;
                var roots = syntax.Attributes
                    .Select(a => a.ConstructorArguments.FirstOrDefault().Value)
                    .OfType<INamedTypeSymbol>()
                    .ToList();
                var records = new ConfigTypeWalker(syntax.SemanticModel.Compilation).Walk(roots);
                return (Name: holder.Name + ".g.cs", Text: ConfigShapesWriter.Write(holder, records));
            });

        context.RegisterSourceOutput(sources, static (output, source) => output.AddSource(source.Name, source.Text));
    }
}
