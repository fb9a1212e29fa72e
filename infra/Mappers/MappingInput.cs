using Pulumi;
using ResearchPlatform.Components.Plan;

namespace ResearchPlatform.Infra.Mappers;

/// <summary>What a mapper gets for one resource: the plan resource and where it sits in Pulumi.</summary>
/// <param name="Resource">The plan resource.</param>
/// <param name="Parent">Its component.</param>
/// <param name="DependsOn">The realized resources it depends on (explicitly or through values).</param>
/// <param name="Provider">The Kubernetes provider, for Kubernetes kinds.</param>
public sealed record MappingInput(PlanResource Resource, ComponentResource Parent, IReadOnlyList<Resource> DependsOn, ProviderResource? Provider)
{
    /// <summary>The options of a custom resource, straight from the plan's options.</summary>
    public CustomResourceOptions CustomOptions()
    {
        var options = Common(new CustomResourceOptions { Provider = Provider });
        options.DeleteBeforeReplace = Resource.Options.DeleteBeforeReplace;
        return options;
    }

    /// <summary>
    /// The options of a component resource (a ConfigGroup): providers go in <c>Providers</c>. The
    /// engine does not hand a component's protect and retain-on-delete to the objects it creates,
    /// so a transform puts them on each of them: deleting a protected group must not delete its claims.
    /// </summary>
    public ComponentResourceOptions ComponentOptions()
    {
        var options = Common(new ComponentResourceOptions());
        if (Provider is not null)
        {
            options.Providers.Add(Provider);
        }

        if (Resource.Options.Protect || Resource.Options.RetainOnDelete)
        {
            options.ResourceTransforms.Add(Keep(Resource.Options.Protect, Resource.Options.RetainOnDelete));
        }

        return options;
    }

    /// <summary>A transform that protects and retains every object a component creates, as the plan asks.</summary>
    public static ResourceTransform Keep(bool protect, bool retainOnDelete) => (args, _) =>
    {
        var options = args.Options;
        options.Protect = protect || options.Protect == true;
        options.RetainOnDelete = retainOnDelete || options.RetainOnDelete == true;
        return Task.FromResult<ResourceTransformResult?>(new ResourceTransformResult(args.Args, options));
    };

    // What both kinds of options take from the plan in the same way.
    private T Common<T>(T options)
        where T : ResourceOptions
    {
        var plan = Resource.Options;
        options.Parent = Parent;
        options.Protect = plan.Protect;
        options.RetainOnDelete = plan.RetainOnDelete;
        options.IgnoreChanges = plan.IgnoreChanges.ToList();
        foreach (var dependency in DependsOn)
        {
            options.DependsOn.Add(dependency);
        }

        return options;
    }
}
