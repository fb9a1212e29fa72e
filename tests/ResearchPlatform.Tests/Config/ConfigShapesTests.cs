using System.ComponentModel.DataAnnotations;
using System.Net;
using System.Reflection;
using ResearchPlatform.Stacks.Config;

namespace ResearchPlatform.Tests.Config;

/// <summary>
/// The binder's generated tables say what reflection over the config records says: the same keys in
/// the same order, the same marks, the same defaults. A record the generator missed would still
/// bind (by reflection), so these tests are what keeps the native build off that path.
/// </summary>
public class ConfigShapesTests
{
    [Fact]
    public void GeneratedRecords_ReadAsReflectionDoes()
    {
        var records = ConfigShapes.GeneratedRecords.ToList();
        Assert.NotEmpty(records);
        foreach (var type in records)
        {
            var shape = ConfigShapes.Record(type);
            var expected = ConfigBinder.KeysOf(type).Select(k => (
                k.Key,
                k.Property.PropertyType,
                k.Required,
                k.Property.GetCustomAttribute<MultiLineAttribute>() is not null,
                Bounds(k.Property.GetCustomAttribute<RangeAttribute>())));
            var actual = shape.Members.Select(m => (m.Key, m.Type, m.Required, m.MultiLine, Bounds(m.Range)));

            Assert.Equal(expected, actual);
            // As printed: a default that is a collection is a new one in each record, so not equal by reference.
            Assert.Equal(Activator.CreateInstance(type)!.ToString(), shape.Create().ToString());
        }
    }

    [Fact]
    public void EveryTypeTheBinderMeetsInAStack_IsGenerated()
    {
        var generated = ConfigShapes.GeneratedRecords.Concat(ConfigShapes.GeneratedCollections).ToHashSet();
        var missing = new List<Type>();
        var seen = new HashSet<Type>();
        void Visit(Type type)
        {
            type = Nullable.GetUnderlyingType(type) ?? type;
            if (!seen.Add(type) || type == typeof(string) || type.IsPrimitive || type.IsEnum || type == typeof(IPAddress) || type == typeof(IPNetwork) || type == typeof(SecretValue))
            {
                return;
            }

            if (!generated.Contains(type))
            {
                missing.Add(type);
            }

            var inner = type.IsGenericType ? type.GetGenericArguments()[^1..] : ConfigBinder.KeysOf(type).Select(k => k.Property.PropertyType).ToArray();
            foreach (var t in inner)
            {
                Visit(t);
            }
        }

        Visit(typeof(StackConfig));

        Assert.Empty(missing);
    }

    [Fact]
    public void GeneratedSetters_SetTheirKey()
    {
        var shape = ConfigShapes.Record(typeof(SiteConfig));
        var site = shape.Create();
        shape.Members.Single(m => m.Key == "name").Set(site, "north");
        shape.Members.Single(m => m.Key == "timezone").Set(site, "Europe/Berlin");

        Assert.Equal(("north", "Europe/Berlin"), (((SiteConfig)site).Name, ((SiteConfig)site).Timezone));
    }

    private static (object? Minimum, object? Maximum) Bounds(RangeAttribute? range) => (range?.Minimum, range?.Maximum);
}
