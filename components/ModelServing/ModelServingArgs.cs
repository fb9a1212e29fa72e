namespace ResearchPlatform.Components.ModelServing;

/// <summary>Inputs of <see cref="ModelServing"/>: the models, where they are loaded from, and who may call them.</summary>
public sealed record ModelServingArgs
{
    /// <summary>The endpoint's host name, one label under the platform domain.</summary>
    public required string Hostname { get; init; }

    /// <summary>The models served; each gets its own servers.</summary>
    public required IReadOnlyList<ServedModel> Models { get; init; }

    /// <summary>The bucket every model's files are in.</summary>
    public required string Bucket { get; init; }

    /// <summary>The platform's model server image (<c>images/model-server/</c>: MLServer, its runtimes and the loader), pinned by digest.</summary>
    public required string ServerImage { get; init; }

    /// <summary>The root CA (PEM) that verifies the broker behind the Gateway.</summary>
    public required string RootCertificate { get; init; }

    /// <summary>The S3 identity the loaders read the bucket as.</summary>
    public string StorageIdentity { get; init; } = "modelserving";

    /// <summary>The broker client the sign-in proxies use.</summary>
    public string ClientId { get; init; } = "models";

    /// <summary>The namespace. Default: <c>model-serving</c>.</summary>
    public string Namespace { get; init; } = ModelServing.Namespace;
}
