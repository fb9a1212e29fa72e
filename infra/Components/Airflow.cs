using Pulumi;
using CoreAirflow = ResearchPlatform.Components.Airflow.Airflow;

namespace ResearchPlatform.Infra.Components;

/// <summary>Apache Airflow on the KubernetesExecutor: DAGs from Git, its database on the platform PostgreSQL, task logs in S3.</summary>
public sealed class Airflow : PlatformComponentResource
{
    public Airflow(string name, AirflowArgs args, ComponentResourceOptions? options = null)
        : base(CoreAirflow.Type, name, options)
    {
        var gateway = args.Entry.Gateway;
        var identity = args.Identity.Handle;
        var postgres = args.Postgres.Handle;
        var storage = args.ObjectStorage.Handle;
        var wiring = CoreAirflow.Wiring(args.Airflow, args.Cluster.ProviderPlan, args.Namespaces.Part!, gateway, identity, postgres, storage);
        var part = CoreAirflow.Build(args.Airflow, wiring, gateway, identity, postgres, storage, name);
        Realize(part, args.Cluster.Context, args.Cluster, args.Namespaces, args.Entry, args.Identity, args.Postgres, args.ObjectStorage);
        Url = Output.Create($"https://{args.Airflow.Hostname}");
        DagRepository = Output.Create(args.Airflow.Dags.Url);
        RegisterOutputs();
    }

    /// <summary>The UI's URL.</summary>
    [Output("url")]
    public Output<string> Url { get; }

    /// <summary>The repository the DAGs are synced from.</summary>
    [Output("dagRepository")]
    public Output<string> DagRepository { get; }
}
