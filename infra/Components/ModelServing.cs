using System.Collections.Immutable;
using Pulumi;
using ResearchPlatform.Components.ModelServing;
using CoreServing = ResearchPlatform.Components.ModelServing.ModelServing;

namespace ResearchPlatform.Infra.Components;

/// <summary>The model endpoint: each model on its own MLServer servers behind single sign-on, loaded from the models bucket.</summary>
public sealed class ModelServing : PlatformComponentResource
{
    public ModelServing(string name, ModelServingArgs args, ComponentResourceOptions? options = null)
        : base(CoreServing.Type, name, options)
    {
        var gateway = args.Entry.Gateway;
        var identity = args.Identity.Handle;
        var storage = args.ObjectStorage.Handle;
        var wiring = CoreServing.Wiring(args.Serving, args.Cluster.ProviderPlan, args.Namespaces.Part!, gateway, identity, storage);
        var (part, handle) = CoreServing.Build(args.Serving, wiring, gateway, identity, storage, name);
        Realize(part, args.Cluster.Context, args.Cluster, args.Namespaces, args.Entry, args.Identity, args.ObjectStorage);
        Handle = handle;
        Url = Output.Create(handle.Url);
        Models = Output.Create(ImmutableArray.CreateRange(handle.Models.Select(m => m.Name)));
        RegisterOutputs();
    }

    /// <summary>The endpoint's public base URL.</summary>
    [Output("url")]
    public Output<string> Url { get; }

    /// <summary>The models served, each at <c>&lt;url&gt;/&lt;model&gt;/</c>.</summary>
    [Output("models")]
    public Output<ImmutableArray<string>> Models { get; }

    /// <summary>The endpoint as notebooks reach it.</summary>
    public ModelServingHandle Handle { get; }
}
