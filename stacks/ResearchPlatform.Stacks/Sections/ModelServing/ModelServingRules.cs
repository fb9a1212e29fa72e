using ResearchPlatform.Stacks.Config;
using ResearchPlatform.Stacks.Validation;

namespace ResearchPlatform.Stacks.Sections.ModelServing;

/// <summary>The endpoint's host, its server image, its bucket, and every model's name, location, replicas and resources.</summary>
public sealed class ModelServingRules : IConfigRule
{
    public IReadOnlyList<string> Reads { get; } = ["research-platform:modelServing", "research-platform:objectStorage.buckets"];

    /// <summary>The key prefix of <paramref name="location"/> in <paramref name="bucket"/> (<c>iris/v3/</c>), or null when it lies elsewhere.</summary>
    public static string? Prefix(string bucket, string location)
    {
        var start = $"s3://{bucket}/";
        if (!location.StartsWith(start, StringComparison.Ordinal))
        {
            return null;
        }

        var prefix = location[start.Length..];
        var segments = prefix.TrimEnd('/').Split('/');
        return prefix.Length == 0 || segments.Any(s => s is "" or "." or ".." || s.Any(c => char.IsControl(c) || c == '\\')) ? null : prefix.TrimEnd('/') + "/";
    }

    public IEnumerable<ConfigError> Check(StackConfig config)
    {
        if (config.ModelServing is not { } serving)
        {
            yield break;
        }

        var root = ConfigPath.Section("modelServing");
        if (!Names.IsDnsName(serving.Hostname))
        {
            yield return new(ConfigPath.Child(root, "hostname"), $"must be the endpoint's DNS name, such as models.dsp.uni-example.edu (got '{serving.Hostname}')");
        }

        if (!Formats.IsPinnedImage(serving.ServerImage))
        {
            yield return new(ConfigPath.Child(root, "serverImage"), Formats.NotPinned("registry.uni-example.edu/research-platform/model-server:1.0.0", serving.ServerImage));
        }

        if (config.ObjectStorage.Buckets.All(b => b.Name != serving.Bucket))
        {
            yield return new(ConfigPath.Child(root, "bucket"),
                $"names bucket '{serving.Bucket}', which research-platform:objectStorage.buckets does not declare; add it there (versioning: true lets a model be rolled back)");
        }

        var models = ConfigPath.Child(root, "models");
        if (serving.Models.Count == 0)
        {
            yield return new(models, "declares no model: add one with name, runtime and location (s3://" + serving.Bucket + "/<name>/), or remove the section to turn the endpoint off");
        }

        foreach (var error in Names.UniqueLabels(models, "name", serving.Models.Select(m => m.Name).ToList(), "model"))
        {
            yield return error;
        }

        for (var i = 0; i < serving.Models.Count; i++)
        {
            var model = serving.Models[i];
            var path = ConfigPath.Item(models, i);
            if (Prefix(serving.Bucket, model.Location) is null)
            {
                yield return new(ConfigPath.Child(path, "location"),
                    $"must be a folder inside the models bucket, such as s3://{serving.Bucket}/{(Names.IsDnsLabel(model.Name) ? model.Name : "iris")}/v1/ (got '{model.Location}')");
            }

            if (model.Replicas is < 1 or > 20)
            {
                yield return new(ConfigPath.Child(path, "replicas"), $"must be 1 to 20 (got {model.Replicas})");
            }

            if (!Formats.IsCpu(model.Cpu))
            {
                yield return new(ConfigPath.Child(path, "cpu"), $"must be a CPU amount above zero such as 500m or 2 (got '{model.Cpu}')");
            }

            if (!Formats.IsQuantity(model.Memory) || model.Memory.TrimEnd('i', 'K', 'M', 'G', 'T', 'k').All(c => c is '0' or '.'))
            {
                yield return new(ConfigPath.Child(path, "memory"), $"must be a memory quantity above zero such as 2Gi (got '{model.Memory}')");
            }
        }
    }
}
