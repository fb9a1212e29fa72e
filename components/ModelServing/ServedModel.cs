namespace ResearchPlatform.Components.ModelServing;

/// <summary>A model served at <c>https://&lt;models host&gt;/&lt;Name&gt;/</c>, loaded from the models bucket.</summary>
/// <param name="Name">The model's name: a DNS label, its URL path and its V2 model name.</param>
/// <param name="Runtime">The MLServer runtime that loads it.</param>
/// <param name="Prefix">The key prefix of its files in the models bucket (<c>iris/v3/</c>).</param>
public sealed record ServedModel(string Name, ModelRuntime Runtime, string Prefix)
{
    /// <summary>How many servers answer for it.</summary>
    public required int Replicas { get; init; }

    /// <summary>CPU each server asks for; its limit is four times that.</summary>
    public required string Cpu { get; init; }

    /// <summary>Memory each server asks for and is limited to.</summary>
    public required string Memory { get; init; }

    /// <summary>The Deployment and Service name.</summary>
    public string ObjectName => ObjectNameOf(Name);

    /// <summary>The Deployment and Service name of model <paramref name="name"/>.</summary>
    public static string ObjectNameOf(string name) => $"model-{name}";
}
