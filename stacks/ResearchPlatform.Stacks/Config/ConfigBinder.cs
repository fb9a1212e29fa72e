using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Reflection;
using System.Runtime.CompilerServices;

namespace ResearchPlatform.Stacks.Config;

/// <summary>
/// Binds raw config nodes to immutable config records. A record's properties are its keys (camelCase),
/// its property initializers are the defaults (so each default is written, and documented, once),
/// and <c>required</c> members are required keys. Every problem is collected with its key path;
/// where a value is wrong the property keeps a neutral placeholder so binding can go on.
/// </summary>
public sealed class ConfigBinder
{
    private readonly List<ConfigError> errors = [];
    private readonly string source;
    private readonly bool alternate;
    private int quiet;

    /// <summary>A binder for config read from <paramref name="source"/> (named in hints, e.g. <c>Pulumi.dr.yaml</c>).</summary>
    /// <param name="source">Where the config came from.</param>
    /// <param name="alternate">
    /// Put the other set of placeholders where values fail to bind. A rule's error that appears with
    /// both sets does not depend on the broken values, so it can be reported beside the binding errors.
    /// </param>
    public ConfigBinder(string source, bool alternate = false)
    {
        this.source = source;
        this.alternate = alternate;
    }

    /// <summary>The problems found so far.</summary>
    public IReadOnlyList<ConfigError> Errors => errors;

    /// <summary>
    /// The paths of errors whose placeholder is not one value but a whole record or list (a missing
    /// section, a list that is not one): both placeholder sets agree there, so rules reading them are not run.
    /// </summary>
    public IReadOnlySet<string> StructuralFailures => structural;

    private readonly HashSet<string> structural = new(StringComparer.Ordinal);

    /// <summary>Binds <paramref name="node"/> (null when the key is absent) to a <typeparamref name="T"/> at <paramref name="path"/>.</summary>
    public T Bind<T>(ConfigNode? node, string path)
        where T : class => (T)Bind(typeof(T), node, path, required: true)!;

    /// <summary>The longest one-line text value.</summary>
    public const int MaxLineLength = 1000;

    /// <summary>The longest multi-line text value (a certificate chain).</summary>
    public const int MaxTextLength = 64 * 1024;

    /// <summary>The config keys of a record type, in declaration order.</summary>
    public static IReadOnlyList<(string Key, PropertyInfo Property, bool Required)> KeysOf(Type type) => Keys.GetOrAdd(type, ReadKeys);

    // Reflection over a record is costly; each type's keys are read once. The binder itself uses the
    // generated shapes (ConfigShapes), which fall back to these keys only for types the generator did not see.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<Type, IReadOnlyList<(string Key, PropertyInfo Property, bool Required)>> Keys = new();

    private static IReadOnlyList<(string Key, PropertyInfo Property, bool Required)> ReadKeys(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.SetMethod is not null)
            .Select((p, i) => (Property: p, Order: DeclarationOrder(p, i)))
            .OrderBy(p => p.Order)
            .Select(p => p.Property)
            .Select(p => (
                p.GetCustomAttribute<ConfigKeyAttribute>()?.Key ?? char.ToLowerInvariant(p.Name[0]) + p.Name[1..],
                p,
                p.GetCustomAttribute<RequiredMemberAttribute>() is not null))
            .ToList();

    // The metadata token orders members as declared; a native build has no tokens, and keeps
    // reflection's own order, which there is declaration order too.
    private static int DeclarationOrder(PropertyInfo property, int index)
    {
        try
        {
            return property.MetadataToken;
        }
        catch (InvalidOperationException)
        {
            return index;
        }
    }

    private object? Bind(Type type, ConfigNode? node, string path, bool required, ConfigMember? member = null)
    {
        var underlying = Nullable.GetUnderlyingType(type);
        if (node is null or ConfigScalar { Value: null })
        {
            if (required && underlying is null)
            {
                Error(path, IsSection(path) ? $"is required: add '{path}' to {source}" : "is required");
                return Placeholder(type, path);
            }

            return null;
        }

        type = underlying ?? type;
        if (type == typeof(SecretValue))
        {
            return node is ConfigSecret or ConfigScalar { Decrypted: true }
                ? new SecretValue(path)
                : Fail(type, path, $"must be a secret, so that it is stored encrypted: set it with pulumi config set --secret --path '{path}' <value>");
        }

        if (node is ConfigSecret)
        {
            return Fail(type, path, "is a secret here but holds no credential: store it as plain text");
        }

        if (ConfigShapes.List(type) is { } list)
        {
            return BindList(list, node, path);
        }

        if (ConfigShapes.Dictionary(type) is { } dictionary)
        {
            return BindDictionary(dictionary, node, path);
        }

        if (node is ConfigScalar scalar)
        {
            return BindScalar(type, scalar, scalar.Decrypted ? "a secret value" : $"'{Shown.Of(scalar.Value!)}'", path, required, member);
        }

        if (IsScalarType(type))
        {
            return Fail(type, path, $"must be a single value, not {node.Shape}");
        }

        return BindRecord(type, node, path);
    }

    private object? BindRecord(Type type, ConfigNode node, string path)
    {
        if (node is not ConfigMapping mapping)
        {
            return Fail(type, path, $"must be a mapping of keys to values, not {node.Shape}");
        }

        var shape = ConfigShapes.Record(type);
        var instance = shape.Create();
        var keys = shape.Members;
        foreach (var entry in mapping.Entries)
        {
            if (keys.All(k => k.Key != entry.Key))
            {
                var suggestion = Suggestions.Closest(entry.Key, keys.Select(k => k.Key));
                Error(ConfigPath.Child(path, entry.Key), suggestion is null
                    ? $"unknown key; known keys here: {string.Join(", ", keys.Select(k => k.Key))}"
                    : $"unknown key; did you mean '{suggestion}'?");
            }
        }

        foreach (var member in keys)
        {
            var child = mapping.Entries.FirstOrDefault(e => e.Key == member.Key).Value;
            if (child is null && !member.Required)
            {
                continue;
            }

            var value = Bind(member.Type, child, ConfigPath.Child(path, member.Key), member.Required, member);
            if (value is not null)
            {
                member.Set(instance, value);
            }
        }

        return instance;
    }

    private object BindList(ConfigCollectionShape shape, ConfigNode node, string path)
    {
        var list = (System.Collections.IList)shape.Create();
        if (node is not ConfigSequence sequence)
        {
            Error(path, $"must be a list, not {node.Shape}");
            Structural(path);
        }
        else
        {
            for (var i = 0; i < sequence.Items.Count; i++)
            {
                var value = Bind(shape.Item, sequence.Items[i], ConfigPath.Item(path, i), required: true);
                if (value is not null)
                {
                    list.Add(value);
                }
            }
        }

        return shape.Freeze(list);
    }

    private object BindDictionary(ConfigCollectionShape shape, ConfigNode node, string path)
    {
        var dictionary = (System.Collections.IDictionary)shape.Create();
        if (node is not ConfigMapping mapping)
        {
            Error(path, $"must be a mapping, not {node.Shape}");
            Structural(path);
        }
        else
        {
            foreach (var entry in mapping.Entries)
            {
                var bound = Bind(shape.Item, entry.Value, ConfigPath.Child(path, entry.Key), required: true);
                if (bound is not null)
                {
                    dictionary[entry.Key] = bound;
                }
            }
        }

        return shape.Freeze(dictionary);
    }

    private object? BindScalar(Type type, ConfigScalar scalar, string shown, string path, bool required, ConfigMember? member)
    {
        var invariant = CultureInfo.InvariantCulture;
        var text = scalar.Value!;
        if (type == typeof(string))
        {
            return BindText(scalar, shown, path, required, member is { MultiLine: true });
        }

        if (type == typeof(int))
        {
            // Digits with an optional sign only: no spaces, separators or exponents.
            if (!int.TryParse(text, NumberStyles.AllowLeadingSign, invariant, out var i))
            {
                return Fail(type, path, text.Length > 0 && text.TrimStart('-', '+').All(char.IsAsciiDigit)
                    ? $"must be a whole number from {int.MinValue} to {int.MaxValue} (got {shown})"
                    : $"must be a whole number (got {shown})");
            }

            return member?.Range is { } range && !range.IsValid(i)
                ? Fail(type, path, $"must be {range.Minimum} to {range.Maximum} (got {i})")
                : i;
        }

        if (type == typeof(double))
        {
            return double.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, invariant, out var d) && double.IsFinite(d)
                ? d
                : Fail(type, path, $"must be a finite number such as 0.5 (got {shown})");
        }

        if (type == typeof(bool))
        {
            return text switch
            {
                "true" => true,
                "false" => false,
                _ => Fail(type, path, $"must be true or false (got {shown})"),
            };
        }

        if (type.IsEnum)
        {
            var names = Enum.GetNames(type);
            var match = names.FirstOrDefault(n => string.Equals(n, text.Replace("-", ""), StringComparison.OrdinalIgnoreCase));
            return match is not null
                ? Enum.Parse(type, match)
                : Fail(type, path, $"must be one of {string.Join(", ", Enum.GetValues(type).Cast<Enum>().Select(Components.Plan.Kebab.Of))} (got {shown})");
        }

        if (type == typeof(IPAddress))
        {
            if (!IPAddress.TryParse(text, out var address) || address.AddressFamily != AddressFamily.InterNetwork || text.Count(c => c == '.') != 3)
            {
                return Fail(type, path, $"must be an IPv4 address such as 10.0.0.10 (got {shown})");
            }

            // A leading zero reads as octal (010 is 8): only the plain dotted-decimal form is taken.
            return address.ToString() == text
                ? address
                : Fail(type, path, $"must be written in plain dotted decimal, without leading zeros (got {shown}, which would mean {address})");
        }

        if (type == typeof(IPNetwork))
        {
            if (!IPNetwork.TryParse(text, out var network) || network.BaseAddress.AddressFamily != AddressFamily.InterNetwork || text.Count(c => c == '.') != 3)
            {
                return Fail(type, path, $"must be an IPv4 network in CIDR form such as 10.0.0.0/24 (got {shown})");
            }

            if (text.Split('/')[0] != network.BaseAddress.ToString() && IPAddress.TryParse(text.Split('/')[0], out var written) && written.ToString() != text.Split('/')[0])
            {
                return Fail(type, path, $"must be written in plain dotted decimal, without leading zeros (got {shown}, which would mean {written}/{network.PrefixLength})");
            }

            return network.ToString() == text
                ? network
                : Fail(type, path, $"has host bits set{(shown.StartsWith('\'') ? $": the network is {network}" : "")} (got {shown})");
        }

        return Fail(type, path, $"must be a mapping of keys to values, not {shown}");
    }

    // Text as written, unless it is one that could only be a mistake: a boolean where text belongs,
    // a hidden line break or control character, surrounding spaces, nothing where a value is required.
    private object? BindText(ConfigScalar scalar, string shown, string path, bool required, bool multiLine)
    {
        var text = scalar.Value!;
        if (scalar.Boolean)
        {
            return Fail(typeof(string), path, $"must be text, not the boolean {text}: quote it ('{text}') if you mean the word");
        }

        if (required && string.IsNullOrWhiteSpace(text))
        {
            return Fail(typeof(string), path, "must not be empty");
        }

        if (text.Length > (multiLine ? MaxTextLength : MaxLineLength))
        {
            return Fail(typeof(string), path, $"is {text.Length} characters long; at most {(multiLine ? MaxTextLength : MaxLineLength)} fit here");
        }

        if (multiLine ? text.Any(c => c is not '\n' and not '\r' and not '\t' && Shown.NeedsEscape(c)) : text.Any(Shown.NeedsEscape))
        {
            return Fail(typeof(string), path, multiLine
                ? $"holds a control or invisible formatting character (got {shown}); remove it"
                : $"must be one line without control or invisible formatting characters (got {shown}); a block scalar (|) adds a line break, so write the value on the key's line");
        }

        if (!multiLine && text.Length > 0 && (char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1])))
        {
            return Fail(typeof(string), path, $"has spaces before or after it (got {shown}); remove them");
        }

        return text;
    }

    private static bool IsSection(string path) => path.IndexOfAny(['.', '[']) < 0;

    private static bool IsScalarType(Type type) =>
        type == typeof(string) || type.IsPrimitive || type.IsEnum || type == typeof(IPAddress) || type == typeof(IPNetwork);

    private object? Fail(Type type, string path, string message)
    {
        Error(path, message);
        return Placeholder(type, path);
    }

    // A neutral stand-in for a value that could not be bound, so the record stays complete and later
    // rules can still run; their errors at this path are dropped in favour of the binding error.
    private object? Placeholder(Type type, string path)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type == typeof(string))
        {
            return alternate ? "\u0001" : "";
        }

        if (type == typeof(IPAddress))
        {
            return alternate ? IPAddress.Broadcast : IPAddress.Any;
        }

        if (alternate && type == typeof(int))
        {
            return -1;
        }

        if (alternate && type == typeof(double))
        {
            return -1.0;
        }

        if (alternate && type == typeof(bool))
        {
            return true;
        }

        if (alternate && type.IsEnum)
        {
            return Enum.GetValues(type).Cast<object>().Last();
        }

        if (type == typeof(SecretValue))
        {
            return new SecretValue(path);
        }

        if (type == typeof(IPNetwork))
        {
            return new IPNetwork(alternate ? IPAddress.Broadcast : IPAddress.Any, 32);
        }

        if (type.IsValueType)
        {
            return Activator.CreateInstance(type);
        }

        if (quiet == 0)
        {
            structural.Add(path);
        }

        quiet++;
        try
        {
            return Bind(type, type.IsGenericType ? new ConfigSequence([]) : new ConfigMapping([]), path, required: false);
        }
        finally
        {
            quiet--;
        }
    }

    private void Structural(string path)
    {
        if (quiet == 0)
        {
            structural.Add(path);
        }
    }

    private void Error(string path, string message)
    {
        if (quiet == 0)
        {
            errors.Add(new ConfigError(path, message));
        }
    }

}
