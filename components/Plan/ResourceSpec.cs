using ResearchPlatform.Components.Plan.Values;

namespace ResearchPlatform.Components.Plan;

/// <summary>The typed properties of one resource; one record per <see cref="ResourceKind"/>.</summary>
public abstract record ResourceSpec
{
    /// <summary>The kind, which fixes how each realizer maps the resource.</summary>
    public abstract ResourceKind Kind { get; }

    /// <summary>The outputs this kind produces, which other resources may reference.</summary>
    public abstract IReadOnlyList<OutputDeclaration> Outputs { get; }

    /// <summary>
    /// The properties whose change replaces the real object instead of updating it (for a VM: a new
    /// clone). Reviewers are warned when such a change reaches a protected resource.
    /// </summary>
    public virtual IReadOnlyList<string> ReplacedBy => [];

    /// <summary>
    /// The properties as one ordered map: what the renderer writes and what the references and
    /// the implicit dependencies of the resource are read from.
    /// </summary>
    /// <remarks>
    /// Built once per spec (a spec is immutable; a copy made with 'with' builds its own): the plan's
    /// checks, its graph, plan.json and each descriptor all read it, and its references are then
    /// collected once.
    /// </remarks>
    public MapValue Properties() => Built.GetValue(this, static spec => spec.BuildProperties());

    /// <summary>Builds the map <see cref="Properties"/> returns.</summary>
    protected abstract MapValue BuildProperties();

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<ResourceSpec, MapValue> Built = new();
}
