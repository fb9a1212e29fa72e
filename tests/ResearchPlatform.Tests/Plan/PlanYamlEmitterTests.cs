using System.Text;
using ResearchPlatform.Components.Plan;
using ResearchPlatform.Tests.Support;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace ResearchPlatform.Tests.Plan;

/// <summary>
/// The render's YAML emitter is held to YamlDotNet's byte for byte: on every YAML file of the golden
/// renders, on generated trees of the characters YAML treats specially, and, for what it leaves to
/// YamlDotNet, through <see cref="PlanYaml"/>'s fallback.
/// </summary>
public class PlanYamlEmitterTests
{
    // Characters with a meaning somewhere in YAML, plus ordinary and non-ASCII text.
    private static readonly string[] Pieces =
    [
        " ", " ", "\n", "\t", ":", "#", "-", "?", "'", "\"", "\\", "{", "}", "[", "]", ",", "&", "*", "!", "|",
        ">", "%", "@", "`", "~", "=", "<", ".", "a", "b", "yes", "0", "1", "0x1F", "é", "–", "日本", "---", "...",
        ": ", " #", "- ", "\n\n", "  \n",
    ];

    [Theory]
    [InlineData("prod")]
    [InlineData("dr")]
    public void Emit_EveryYamlFileOfAGoldenRender_WritesYamlDotNetsBytes(string stack)
    {
        var files = Directory.EnumerateFiles(RepoPaths.Golden(stack), "*.yaml", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        var differing = new List<string>();
        foreach (var file in files)
        {
            foreach (var events in Documents(File.ReadAllText(file)))
            {
                Action<IYamlNodeWriter> body = writer => events.ForEach(e => Replay(e, writer));
                if (PlanYaml.WithPlanYamlEmitter(body) != PlanYaml.WithYamlDotNet(body))
                {
                    differing.Add(Path.GetRelativePath(RepoPaths.Golden(stack), file));
                }
            }
        }

        Assert.True(files.Count > 100, $"only {files.Count} YAML files under {RepoPaths.Golden(stack)}");
        Assert.Empty(differing);
    }

    [Fact]
    public void Emit_GeneratedTreesOfAwkwardText_WritesYamlDotNetsBytes()
    {
        var random = new Random(20261202);
        for (var i = 0; i < 3000; i++)
        {
            var tree = Map(random, depth: 0);
            Action<IYamlNodeWriter> body = writer => PlanYaml.WriteTree(writer, tree);

            var expected = PlanYaml.WithYamlDotNet(body);
            var actual = PlanYaml.WithPlanYamlEmitter(body);

            Assert.True(actual is not null, $"tree {i} was left to YamlDotNet:\n{expected}");
            Assert.Equal(expected, actual);
        }
    }

    [Theory]
    [InlineData("key\nwith a break", "v")]
    [InlineData("k", "carriage\rreturn")]
    [InlineData("k", "line\u2028separator")]
    [InlineData("k", "next\u0085line")]
    [InlineData("k", "bell\u0007")]
    [InlineData("k", "emoji \U0001F600")]
    [InlineData("k", "a literal\r\nwith CRLF\n")]
    public void Serialize_TextLeftToYamlDotNet_IsYamlDotNets(string key, string value)
    {
        var tree = new OrderedDictionary<string, object?> { ["before"] = 1L, [key] = value, ["after"] = new List<object?> { "x" } };
        Action<IYamlNodeWriter> body = writer => PlanYaml.WriteTree(writer, tree);

        Assert.Null(PlanYaml.WithPlanYamlEmitter(body));
        Assert.Equal(PlanYaml.WithYamlDotNet(body), PlanYaml.Serialize(tree));
    }

    [Fact]
    public void Serialize_KeyLongerThanASimpleKey_IsYamlDotNets()
    {
        var tree = new OrderedDictionary<string, object?> { [new string('k', 1025)] = "v", ["short"] = "w" };
        Action<IYamlNodeWriter> body = writer => PlanYaml.WriteTree(writer, tree);

        Assert.Null(PlanYaml.WithPlanYamlEmitter(body));
        Assert.Equal(PlanYaml.WithYamlDotNet(body), PlanYaml.Serialize(tree));
    }

    [Fact]
    public void SerializeAll_DocumentLeftToYamlDotNet_KeepsTheDocumentsAroundIt()
    {
        var trees = new object?[]
        {
            new OrderedDictionary<string, object?> { ["first"] = "a" },
            new OrderedDictionary<string, object?> { ["second"] = "b\rc" },
            new OrderedDictionary<string, object?> { ["third"] = "d" },
        };

        var second = PlanYaml.WithYamlDotNet(writer => PlanYaml.WriteTree(writer, trees[1]));

        Assert.Equal($"first: a\n---\n{second}---\nthird: d\n", PlanYaml.SerializeAll(trees));
    }

    // A parsed event as the walkers write it; the golden renders hold no anchors and no tags.
    private static void Replay(ParsingEvent parsed, IYamlNodeWriter writer)
    {
        if (parsed is NodeEvent node)
        {
            Assert.True(node.Anchor.IsEmpty && node.Tag.IsEmpty, $"{node} has an anchor or a tag");
        }

        switch (parsed)
        {
            case Scalar scalar:
                writer.Scalar(scalar.Value, scalar.Style, scalar.IsPlainImplicit, scalar.IsQuotedImplicit);
                break;
            case MappingStart start:
                writer.MappingStart(start.Style);
                break;
            case MappingEnd:
                writer.MappingEnd();
                break;
            case SequenceStart start:
                writer.SequenceStart(start.Style);
                break;
            case SequenceEnd:
                writer.SequenceEnd();
                break;
            default:
                Assert.Fail($"unexpected {parsed}");
                break;
        }
    }

    // The events of each document of a YAML stream, between its start and its end, as parsed.
    private static List<List<ParsingEvent>> Documents(string yaml)
    {
        var documents = new List<List<ParsingEvent>>();
        var parser = new Parser(new StringReader(yaml));
        List<ParsingEvent>? current = null;
        while (parser.MoveNext())
        {
            switch (parser.Current)
            {
                case DocumentStart:
                    current = [];
                    break;
                case DocumentEnd:
                    documents.Add(current!);
                    current = null;
                    break;
                case StreamStart or StreamEnd:
                    break;
                case var other:
                    current!.Add(other!);
                    break;
            }
        }

        return documents;
    }

    private static OrderedDictionary<string, object?> Map(Random random, int depth)
    {
        var map = new OrderedDictionary<string, object?>(StringComparer.Ordinal);
        var count = random.Next(depth == 0 ? 1 : 0, 5);
        for (var i = 0; i < count; i++)
        {
            // Keys are single-line, as a simple key must be; values may be anything.
            map[Text(random).Replace("\n", "n", StringComparison.Ordinal) + i] = Node(random, depth + 1);
        }

        return map;
    }

    private static object? Node(Random random, int depth) => random.Next(depth >= 4 ? 6 : 8) switch
    {
        0 => null,
        1 => random.Next(2) == 0,
        2 => (long)random.Next(-1000, 1000),
        3 => random.NextDouble() * 1e6 - 5e5,
        4 or 5 => Text(random),
        6 => Map(random, depth),
        _ => Enumerable.Range(0, random.Next(0, 4)).Select(_ => Node(random, depth + 1)).ToList(),
    };

    private static string Text(Random random)
    {
        var text = new StringBuilder();
        var count = random.Next(0, 7);
        for (var i = 0; i < count; i++)
        {
            text.Append(Pieces[random.Next(Pieces.Length)]);
        }

        return text.ToString();
    }
}
