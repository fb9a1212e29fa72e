namespace ResearchPlatform.Stacks.Config;

/// <summary>
/// How the binder builds a list (<c>IReadOnlyList&lt;T&gt;</c>) or a dictionary
/// (<c>IReadOnlyDictionary&lt;string, T&gt;</c>) of one item type: a mutable collection to fill
/// (<see cref="System.Collections.IList"/> or <see cref="System.Collections.IDictionary"/>), then its read-only view.
/// </summary>
/// <param name="Item">The item (or value) type.</param>
/// <param name="Create">A new, empty collection to fill.</param>
/// <param name="Freeze">The read-only collection the record holds, over the filled one.</param>
internal sealed record ConfigCollectionShape(Type Item, Func<object> Create, Func<object, object> Freeze);
