using Pulumi;
using ResearchPlatform.Components.Postgres;
using CorePostgres = ResearchPlatform.Components.Postgres.PlatformPostgres;

namespace ResearchPlatform.Infra.Components;

/// <summary>The platform PostgreSQL: CloudNativePG, one cluster with a role and database per tool, backed up to S3.</summary>
public sealed class PlatformPostgres : PlatformComponentResource
{
    public PlatformPostgres(string name, PlatformPostgresArgs args, ComponentResourceOptions? options = null)
        : base(CorePostgres.Type, name, options)
    {
        var wiring = CorePostgres.Wiring(args.Postgres, args.Cluster.ProviderPlan, args.Namespaces.Part!, args.Entry.Issuer.Ready);
        var classes = args.Storage.Parts.Classes;
        var (part, handle) = CorePostgres.Build(args.Postgres, wiring with { After = [.. wiring.After, ResearchPlatform.Components.Storage.StorageClasses.For(classes, args.Postgres.StorageClass)] }, name);
        Realize(part, args.Cluster.Context, args.Cluster, args.Namespaces, args.Storage, args.Entry);
        Handle = handle;
        Host = Output.Create(handle.Host);
        Databases = Output.Create(System.Collections.Immutable.ImmutableArray.CreateRange(args.Postgres.Databases));
        RegisterOutputs();
    }

    /// <summary>The read-write service's host name.</summary>
    [Output("host")]
    public Output<string> Host { get; }

    /// <summary>The databases (each with its role of the same name).</summary>
    [Output("databases")]
    public Output<System.Collections.Immutable.ImmutableArray<string>> Databases { get; }

    /// <summary>Host, CA and each role's password, for the tools.</summary>
    public PostgresHandle Handle { get; }
}
