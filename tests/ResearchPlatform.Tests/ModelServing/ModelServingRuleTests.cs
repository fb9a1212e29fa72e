using ResearchPlatform.Tests.Support;

namespace ResearchPlatform.Tests.ModelServing;

/// <summary>Every modelServing rule, one mistake at a time, with its exact message.</summary>
public class ModelServingRuleTests
{
    [Fact]
    public void Validate_MinimalEndpoint_IsAccepted()
    {
        _ = TestStacks.FromText(ModelServingStacks.Minimal); // valid: loading throws on any config error
    }

    [Theory]
    [InlineData("    hostname: models.test.example\n", "    hostname: Models!\n", "research-platform:modelServing.hostname: must be the endpoint's DNS name, such as models.dsp.uni-example.edu (got 'Models!')")]
    [InlineData("    hostname: models.test.example\n", "    hostname: hub.test.example\n", "research-platform:modelServing.hostname: 'hub.test.example' is already the host name of research-platform:jupyterhub.hostname; each tool needs its own")]
    [InlineData("@sha256:5b0f3c1d9e2a4b6c8d0e1f2a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d6e\n", "\n", "research-platform:modelServing.serverImage: must be pinned by tag and digest, such as registry.uni-example.edu/research-platform/model-server:1.0.0@sha256:<64 hex digits>, so every site runs the same bytes (got 'registry.test.example/research-platform/model-server:1.0.0')")]
    [InlineData("        location: s3://models/iris/v1/\n", "        location: s3://research/iris/v1/\n", "research-platform:modelServing.models[0].location: must be a folder inside the models bucket, such as s3://models/iris/v1/ (got 's3://research/iris/v1/')")]
    [InlineData("        location: s3://models/iris/v1/\n", "        location: s3://models/../research/\n", "research-platform:modelServing.models[0].location: must be a folder inside the models bucket, such as s3://models/iris/v1/ (got 's3://models/../research/')")]
    [InlineData("        location: s3://models/iris/v1/\n", "        location: s3://models/\n", "research-platform:modelServing.models[0].location: must be a folder inside the models bucket, such as s3://models/iris/v1/ (got 's3://models/')")]
    [InlineData("        runtime: sklearn\n", "        runtime: tensorflow\n", "research-platform:modelServing.models[0].runtime: must be one of sklearn, xgboost, lightgbm, mlflow (got 'tensorflow')")]
    [InlineData("        location: s3://models/iris/v1/\n", "        location: s3://models/iris/v1/\n        replicas: 0\n", "research-platform:modelServing.models[0].replicas: must be 1 to 20 (got 0)")]
    [InlineData("        location: s3://models/iris/v1/\n", "        location: s3://models/iris/v1/\n        cpu: 0m\n", "research-platform:modelServing.models[0].cpu: must be a CPU amount above zero such as 500m or 2 (got '0m')")]
    [InlineData("        location: s3://models/iris/v1/\n", "        location: s3://models/iris/v1/\n        memory: lots\n", "research-platform:modelServing.models[0].memory: must be a memory quantity above zero such as 2Gi (got 'lots')")]
    [InlineData("      - name: iris\n", "      - name: Iris_Model\n", "research-platform:modelServing.models[0].name: must be a DNS label: lower-case letters, digits and '-', at most 63 characters (got 'Iris_Model')")]
    public void Validate_ModelServing_ReportsTheRule(string oldText, string newText, string expected)
    {
        Assert.Equal([expected], TestStacks.Errors(ModelServingStacks.With(oldText, newText)));
    }

    [Fact]
    public void Validate_NoModel_SaysHowToAddOneOrTurnTheEndpointOff()
    {
        var text = ModelServingStacks.With("    models:\n      - name: iris\n        runtime: sklearn\n        location: s3://models/iris/v1/\n", "    models: []\n");

        Assert.Equal(["research-platform:modelServing.models: declares no model: add one with name, runtime and location (s3://models/<name>/), or remove the section to turn the endpoint off"], TestStacks.Errors(text));
    }

    [Fact]
    public void Validate_EverythingWrongAtOnce_ReportsEachMistake()
    {
        var text = ModelServingStacks.Minimal
            .Replace("    hostname: models.test.example\n", "    hostname: models.test.example\n    bucket: trained\n")
            .Replace("        location: s3://models/iris/v1/\n", "        location: s3://models/iris/v1/\n        replicas: 50\n      - name: iris\n        runtime: mlflow\n        location: s3://elsewhere/iris/\n");

        Assert.Equal(
            [
                "research-platform:modelServing.bucket: names bucket 'trained', which research-platform:objectStorage.buckets does not declare; add it there (versioning: true lets a model be rolled back)",
                "research-platform:modelServing.models[1].name: 'iris' is already the name of research-platform:modelServing.models[0]; model must be unique",
                "research-platform:modelServing.models[0].location: must be a folder inside the models bucket, such as s3://trained/iris/v1/ (got 's3://models/iris/v1/')",
                "research-platform:modelServing.models[0].replicas: must be 1 to 20 (got 50)",
                "research-platform:modelServing.models[1].location: must be a folder inside the models bucket, such as s3://trained/iris/v1/ (got 's3://elsewhere/iris/')",
            ],
            TestStacks.Errors(text));
    }
}
