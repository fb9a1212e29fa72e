using System.Collections.Immutable;
using ResearchPlatform.Components.Plan.Values;
using ResearchPlatform.Tests.Support;

namespace ResearchPlatform.Tests.Plan;

/// <summary>
/// The values the Pulumi program hands the SDK, checked without Pulumi: a shape its serializer
/// refuses (a 64-bit integer in Helm values, say) fails here, not in the first real preview.
/// </summary>
public class PulumiInputValuesTests
{
    public static TheoryData<string> Stacks => ["prod", "dr"];

    [Theory]
    [MemberData(nameof(Stacks))]
    public void Convert_EveryResourceOfTheStack_GivesOnlyShapesPulumiSerializes(string stack)
    {
        var plan = TestStacks.Plan(stack);

        var problems = plan.Resources
            .SelectMany(r => PulumiInputValues.Problems(PulumiInputValues.Convert(PlanValueResolver.Symbolic.Resolve(r.Spec.Properties())))
                .Select(p => $"{r.Name}: {p}"))
            .ToList();

        Assert.Empty(problems);
        Assert.True(plan.Resources.Count() > 20, "the check ran over the plan's resources");
    }

    [Fact]
    public void Convert_WholeNumbers_BecomeInt32OrExactDoubles()
    {
        var converted = (ImmutableDictionary<string, object>)PulumiInputValues.Convert(new OrderedDictionary<string, object?>
        {
            ["replicas"] = 2L,
            ["bytes"] = 68_719_476_736L,
            ["ratio"] = 0.5,
            ["list"] = new List<object?> { 1L, "a", true },
        })!;

        Assert.IsType<int>(converted["replicas"]);
        Assert.Equal(2, converted["replicas"]);
        Assert.Equal(68_719_476_736.0, converted["bytes"]);
        Assert.Equal(0.5, converted["ratio"]);
        Assert.Equal(new object[] { 1, "a", true }, ((ImmutableArray<object>)converted["list"]).ToArray());
        Assert.Empty(PulumiInputValues.Problems(converted));
    }

    [Fact]
    public void Problems_A64BitInteger_IsNamedWithItsPath()
    {
        var values = ImmutableDictionary<string, object>.Empty
            .Add("operator", ImmutableDictionary<string, object>.Empty.Add("replicas", 2L))
            .Add("hosts", ImmutableArray.Create<object>("a", 3L));

        Assert.Equal(
            ["hosts[1]: System.Int64 is not a supported argument type", "operator.replicas: System.Int64 is not a supported argument type"],
            PulumiInputValues.Problems(values));
    }

    [Fact]
    public void Problems_AMutableDictionary_IsNotAWireShape()
    {
        Assert.Equal(
            ["(the value): System.Collections.Generic.Dictionary`2[[System.String, System.Private.CoreLib, Version=10.0.0.0, Culture=neutral, PublicKeyToken=7cec85d7bea7798e],[System.Object, System.Private.CoreLib, Version=10.0.0.0, Culture=neutral, PublicKeyToken=7cec85d7bea7798e]] is not a supported argument type"],
            PulumiInputValues.Problems(new Dictionary<string, object>()));
    }

    [Fact]
    public void Convert_IntegerBeyondDoublePrecision_IsRefusedWithItsPath()
    {
        var e = Assert.Throws<ArgumentException>(() => PulumiInputValues.Convert(new OrderedDictionary<string, object?> { ["cull"] = new OrderedDictionary<string, object?> { ["timeout"] = long.MaxValue } }));

        Assert.Equal("cull.timeout: 9223372036854775807 is too large to reach Pulumi exactly (numbers travel as doubles)", e.Message);
    }

    [Fact]
    public void Convert_NullInAMap_IsRefusedBecausePulumiDropsIt()
    {
        var e = Assert.Throws<ArgumentException>(() => PulumiInputValues.Convert(new OrderedDictionary<string, object?> { ["hub"] = new OrderedDictionary<string, object?> { ["image"] = null } }));

        Assert.Equal("hub.image: is null, and Pulumi drops null map entries; leave the key out instead", e.Message);
    }

    [Fact]
    public void Convert_NotANumber_IsRefused()
    {
        var e = Assert.Throws<ArgumentException>(() => PulumiInputValues.Convert(new List<object?> { double.NaN }));

        Assert.Equal("[0]: NaN is not a finite number", e.Message);
    }
}
